using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Calendars.ICalendar;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Benchmarks.Calendars.Json;

/// <summary>
/// Reading a calendar file (checking every value, building and validating each calendar) against the
/// framework's bare <see cref="JsonDocument"/> parse of the same text, which checks nothing; and
/// writing it back. Hosts read calendar files at start-up or when they change, not per request.
/// </summary>
[MemoryDiagnoser]
public class CalendarJsonBenchmarks
{
    private static readonly string Document = """
        {
          "holidaySets": [
            { "name": "company", "dates": ["2025-12-24", "2025-12-31"],
              "yearly": [{ "month": 1, "day": 1, "from": 2020 }, { "month": 12, "day": 25, "from": 2020 }, { "month": 12, "day": 26, "from": 2020, "until": 2030 }] }
          ],
          "calendars": [
            { "id": "support-ny", "timeZone": "America/New_York",
              "weeklyHours": {
                "monday": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "18:00" }],
                "tuesday": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "18:00" }],
                "wednesday": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "18:00" }],
                "thursday": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "18:00" }],
                "friday": [{ "start": "08:00", "end": "12:00" }, { "start": "13:00", "end": "17:00" }] },
              "holidays": ["2025-07-04", "2025-11-27"], "holidaySets": ["company"],
              "overrides": [{ "date": "2025-11-28", "hours": [{ "start": "09:00", "end": "13:00" }] }] },
            { "id": "support-london", "timeZone": "Europe/London",
              "weeklyHours": {
                "monday": [{ "start": "22:00", "end": "06:00" }], "tuesday": [{ "start": "22:00", "end": "06:00" }],
                "wednesday": [{ "start": "22:00", "end": "06:00" }], "thursday": [{ "start": "22:00", "end": "06:00" }],
                "friday": [{ "start": "22:00", "end": "24:00" }] },
              "holidaySets": ["company"], "overrides": [{ "date": "2025-12-23", "closed": true }] }
          ]
        }
        """;

    private static readonly string Ics = string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Holidays//EN",
        "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250101", "RRULE:FREQ=YEARLY", "SUMMARY:New Year's Day", "END:VEVENT",
        "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250704", "RRULE:FREQ=YEARLY;COUNT=10", "SUMMARY:Independence Day", "END:VEVENT",
        "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251127", "SUMMARY:Thanksgiving", "END:VEVENT",
        "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251227", "RRULE:FREQ=YEARLY;UNTIL=20301231", "SUMMARY:Christmas", "END:VEVENT",
        "END:VCALENDAR");

    private static readonly CalendarDocument Parsed = CalendarJson.Parse(Document).Value;

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(Document);
        return document.RootElement.GetProperty("calendars").GetArrayLength();
    }

    [Benchmark]
    public ParseResult<CalendarDocument> CalendarJsonParse() => CalendarJson.Parse(Document);

    [Benchmark]
    public string CalendarJsonWrite() => CalendarJson.Write(Parsed);

    [Benchmark]
    public ParseResult<Core.Calendars.HolidaySet> IcsHolidaysParse() => IcsHolidays.Parse(Ics, "us");
}
