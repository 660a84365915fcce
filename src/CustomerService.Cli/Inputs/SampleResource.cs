using System;
using System.IO;

namespace CustomerService.Cli.Inputs;

/// <summary>A sample file of the repository (samples/), built into the tool so every verb works with no files.</summary>
/// <param name="Resource">The manifest resource's name.</param>
/// <param name="Name">The name shown in messages.</param>
internal sealed record SampleResource(string Resource, string Name)
{
    public static SampleResource Calendars { get; } = new("samples.calendars.json", "samples/calendars.json (built in)");

    public static SampleResource Policies { get; } = new("samples.policies.json", "samples/policies.json (built in)");

    public static SampleResource Tickets { get; } = new("samples.tickets.jsonl", "samples/tickets.jsonl (built in)");

    public static SampleResource Surveys { get; } = new("samples.surveys.jsonl", "samples/surveys.jsonl (built in)");

    public Stream Open() =>
        typeof(SampleResource).Assembly.GetManifestResourceStream(Resource)
        ?? throw new InvalidOperationException($"The built-in sample {Name} is missing from the tool.");
}
