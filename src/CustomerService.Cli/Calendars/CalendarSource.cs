using System.IO;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;

namespace CustomerService.Cli.Calendars;

/// <summary>
/// Where the calendars come from: a JSON file named with <c>--calendars</c>, or the sample shipped
/// inside the tool (samples/calendars.json in the repository), so every verb works with no files.
/// </summary>
internal static class CalendarSource
{
    public static string SampleName => SampleResource.Calendars.Name;

    /// <summary>Reads the calendars; on problems, reports each with its place and returns null.</summary>
    public static CalendarDocument? Load(string? path, TextWriter stderr) =>
        DocumentSource.Load(path, "calendars", SampleResource.Calendars, stream => CalendarJson.Parse(stream), stderr);

    /// <summary>Finds a calendar by id, or explains which ids there are.</summary>
    public static BusinessCalendar Find(CalendarDocument document, string id) =>
        document.FindCalendar(id)
        ?? throw new UsageException($"--calendar '{id}' is not in the file; it has: {string.Join(", ", document.Calendars.Select(c => c.Id))}.");
}
