using System;
using System.IO;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Cli.CommandLine;

namespace CustomerService.Cli.Calendars;

/// <summary>
/// Where the calendars come from: a JSON file named with <c>--calendars</c>, or the sample shipped
/// inside the tool (samples/calendars.json in the repository), so every verb works with no files.
/// </summary>
internal static class CalendarSource
{
    public const string SampleName = "samples/calendars.json (built in)";

    /// <summary>Reads the calendars; on problems, reports each with its place and returns null.</summary>
    public static CalendarDocument? Load(string? path, TextWriter stderr)
    {
        var name = path ?? SampleName;
        ParseResult<CalendarDocument> result;
        if (path is null)
        {
            using var sample = typeof(CalendarSource).Assembly.GetManifestResourceStream("samples.calendars.json")
                ?? throw new InvalidOperationException("The built-in sample calendars are missing from the tool.");
            result = CalendarJson.Parse(sample);
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"--calendars '{path}' does not exist.");
            }

            using var file = File.OpenRead(path);
            result = CalendarJson.Parse(file);
        }

        if (result.TryGetValue(out var document))
        {
            return document;
        }

        foreach (var problem in result.Problems)
        {
            stderr.WriteLine($"{name}: {problem}");
        }

        stderr.WriteLine($"{name}: {result.Problems.Count} problem(s); nothing was computed.");
        return null;
    }

    /// <summary>Finds a calendar by id, or explains which ids there are.</summary>
    public static BusinessCalendar Find(CalendarDocument document, string id) =>
        document.FindCalendar(id)
        ?? throw new UsageException($"--calendar '{id}' is not in the file; it has: {string.Join(", ", document.Calendars.Select(c => c.Id))}.");
}
