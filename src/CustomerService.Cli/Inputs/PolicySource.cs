using System.IO;
using System.Linq;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;

namespace CustomerService.Cli.Inputs;

/// <summary>Where the SLA policies come from: a policy file (docs/sla-policies.md) or the built-in sample.</summary>
internal static class PolicySource
{
    /// <summary>Reads a policy set whose calendars must be among <paramref name="calendars"/>; on problems, reports each and returns null.</summary>
    public static SlaPolicySet? Load(string? path, string option, CalendarDocument calendars, TextWriter stderr)
    {
        var known = new SlaPolicyJsonOptions { KnownCalendarIds = calendars.Calendars.Select(c => c.Id).ToHashSet() };
        return DocumentSource.Load(path, option, SampleResource.Policies, stream => SlaPolicyJson.Parse(stream, known), stderr);
    }
}
