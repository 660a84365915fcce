using System.IO;
using CustomerService.Cli.Text;
using NodaTime;

namespace CustomerService.Cli.Calendars;

/// <summary>
/// What <c>cs-sla</c> does with no arguments: answers a few real questions from the built-in sample
/// calendars, computed by the library, so a newcomer sees the engine work before reading any docs.
/// </summary>
internal static class SampleTour
{
    public static int Run(TextWriter stdout, TextWriter stderr)
    {
        var document = CalendarSource.Load(null, stderr);
        if (document is null)
        {
            return ExitCodes.InputProblems;
        }

        stdout.WriteLine($"Sample calendars ({CalendarSource.SampleName}):");
        foreach (var calendar in document.Calendars)
        {
            stdout.WriteLine($"  {calendar}");
        }

        var ny = CalendarSource.Find(document, "support-ny");
        var friday = new LocalDateTime(2025, 3, 7, 16, 0).InZoneLeniently(ny.Zone).ToInstant();
        var monday = new LocalDateTime(2025, 3, 10, 9, 30).InZoneLeniently(ny.Zone).ToInstant();
        var thanksgivingWeek = new LocalDate(2025, 11, 24).AtStartOfDayInZone(ny.Zone).ToInstant();

        stdout.WriteLine();
        stdout.WriteLine("support-ny, a ticket opened on the Friday before daylight saving time begins:");
        stdout.WriteLine($"  due with 2 business hours:  {InstantText.Format(ny.Add(friday, Duration.FromHours(2)), ny.Zone)}");
        stdout.WriteLine($"  open time until Monday 09:30: {DurationText.Format(ny.Between(friday, monday))} (calendar time {DurationText.Format(monday - friday)})");
        stdout.WriteLine($"  open time in Thanksgiving week: {DurationText.Format(ny.Between(thanksgivingWeek, thanksgivingWeek + Duration.FromDays(7)))}");

        var berlin = CalendarSource.Find(document, "billing-berlin");
        var lunch = new LocalDateTime(2025, 10, 2, 11, 30).InZoneLeniently(berlin.Zone).ToInstant();
        stdout.WriteLine();
        stdout.WriteLine("billing-berlin (lunch break, German Unity Day on Friday 3 October):");
        stdout.WriteLine($"  4 business hours from Thursday 11:30: {InstantText.Format(berlin.Add(lunch, Duration.FromHours(4)), berlin.Zone)}");

        var sydney = CalendarSource.Find(document, "night-desk-sydney");
        var saturdayNight = new LocalDateTime(2025, 10, 4, 22, 0).InZoneLeniently(sydney.Zone).ToInstant();
        var sundayMorning = new LocalDateTime(2025, 10, 5, 6, 0).InZoneLeniently(sydney.Zone).ToInstant();
        var sundayNoon = new LocalDateTime(2025, 10, 5, 12, 0).InZoneLeniently(sydney.Zone).ToInstant();
        stdout.WriteLine();
        stdout.WriteLine("night-desk-sydney (22:00-06:00 shifts; clocks skip 02:00-03:00 on Sunday 5 October 2025):");
        stdout.WriteLine($"  open time of the Saturday night shift: {DurationText.Format(sydney.Between(saturdayNight, sundayMorning))}");
        stdout.WriteLine($"  open at Sunday 12:00? {(sydney.IsOpen(sundayNoon) ? "yes" : "no")}; next opening {InstantText.Format(sydney.NextOpening(sundayNoon), sydney.Zone)}");
        stdout.WriteLine($"  6 business hours from Sunday 12:00: {InstantText.Format(sydney.Add(sundayNoon, Duration.FromHours(6)), sydney.Zone)}");

        stdout.WriteLine();
        stdout.WriteLine("Ask your own questions with 'cs-sla calendar ...' (cs-sla --help).");
        return ExitCodes.Success;
    }
}
