using System;
using System.IO;
using CustomerService.Core.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Text;

namespace CustomerService.Cli.Calendars;

/// <summary><c>cs-sla calendar add|subtract|between|open|check|tour</c>: quick answers from a business calendar.</summary>
internal static class CalendarCommand
{
    public const string Usage = """
          cs-sla calendar add      --calendar ID --from WHEN --duration D [--calendars FILE]
          cs-sla calendar subtract --calendar ID --from WHEN --duration D [--calendars FILE]
          cs-sla calendar between  --calendar ID --from WHEN --to WHEN    [--calendars FILE]
          cs-sla calendar open     --calendar ID --at WHEN                [--calendars FILE]
          cs-sla calendar check    [--calendars FILE]
          cs-sla calendar tour     a tour of the built-in sample calendars

            WHEN  2025-03-07T21:00:00Z, 2025-03-07T16:00:00-05:00, or 2025-03-07T16:00 in the calendar's zone (UTC for --at
                  of evaluate, kpi and backtest)
            D     4h, 90m, 2h30m, 1d (24 h of open time), 45s
            FILE  a calendar JSON document (docs/calendar-files.md); default: the built-in sample
        """;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.IsEmpty)
        {
            throw new UsageException("calendar needs a verb: add, subtract, between, open, check or tour.");
        }

        var verb = args[0];
        if (verb == "tour")
        {
            Options.Parse(args[1..]);
            return SampleTour.Run(stdout, stderr);
        }

        var options = verb switch
        {
            "add" or "subtract" => Options.Parse(args[1..], "calendar", "from", "duration", "calendars"),
            "between" => Options.Parse(args[1..], "calendar", "from", "to", "calendars"),
            "open" => Options.Parse(args[1..], "calendar", "at", "calendars"),
            "check" => Options.Parse(args[1..], "calendars"),
            _ => throw new UsageException($"unknown calendar verb '{verb}'; use add, subtract, between, open, check or tour."),
        };

        var document = CalendarSource.Load(options.Optional("calendars"), stderr);
        if (document is null)
        {
            return ExitCodes.InputProblems;
        }

        if (verb == "check")
        {
            stdout.WriteLine($"{document.Calendars.Count} calendar(s) and {document.HolidaySets.Count} holiday set(s), no problems.");
            foreach (var calendar in document.Calendars)
            {
                stdout.WriteLine($"  {calendar}");
            }

            return ExitCodes.Success;
        }

        var chosen = CalendarSource.Find(document, options.Required("calendar"));
        switch (verb)
        {
            case "add":
            case "subtract":
                Shift(chosen, options, subtract: verb == "subtract", stdout);
                break;
            case "between":
                var from = InstantText.Parse(options.Required("from"), "from", chosen.Zone);
                var to = InstantText.Parse(options.Required("to"), "to", chosen.Zone);
                stdout.WriteLine($"{DurationText.Format(chosen.Between(from, to))} of open time in {chosen.Id} from {InstantText.Format(from, chosen.Zone)} to {InstantText.Format(to, chosen.Zone)}");
                break;
            default:
                var at = InstantText.Parse(options.Required("at"), "at", chosen.Zone);
                var isOpen = chosen.IsOpen(at);
                stdout.WriteLine($"{chosen.Id} is {(isOpen ? "open" : "closed")} at {InstantText.Format(at, chosen.Zone)}");
                if (!isOpen)
                {
                    stdout.WriteLine($"  opens  {InstantText.Format(chosen.NextOpening(at), chosen.Zone)}");
                }

                stdout.WriteLine($"  closes {InstantText.Format(chosen.NextClosing(at), chosen.Zone)}");
                break;
        }

        return ExitCodes.Success;
    }

    private static void Shift(BusinessCalendar calendar, Options options, bool subtract, TextWriter stdout)
    {
        var from = InstantText.Parse(options.Required("from"), "from", calendar.Zone);
        var duration = DurationText.Parse(options.Required("duration"), "duration");
        var result = subtract ? calendar.Subtract(from, duration) : calendar.Add(from, duration);
        var direction = subtract ? "before" : "after";
        stdout.WriteLine($"{InstantText.Format(result, calendar.Zone)}: {DurationText.Format(duration)} of open time in {calendar.Id} {direction} {InstantText.Format(from, calendar.Zone)}");
    }
}
