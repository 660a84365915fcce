using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace CustomerService.Core.Calendars.Json;

/// <summary>Writes a <see cref="CalendarDocument"/> in the form <see cref="CalendarJsonReader"/> reads back to an equal document.</summary>
internal static class CalendarJsonWriter
{
    public static void Write(CalendarDocument document, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (document.HolidaySets.Count > 0)
        {
            writer.WriteStartArray("holidaySets");
            foreach (HolidaySet set in document.HolidaySets)
            {
                WriteHolidaySet(set, writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("calendars");
        foreach (BusinessCalendar calendar in document.Calendars)
        {
            WriteCalendar(calendar, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteHolidaySet(HolidaySet set, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", set.Name);
        WriteDates("dates", set.Dates, writer);
        if (set.Yearly.Count > 0)
        {
            writer.WriteStartArray("yearly");
            foreach (YearlyHoliday rule in set.Yearly)
            {
                writer.WriteStartObject();
                writer.WriteNumber("month", rule.Date.Month);
                writer.WriteNumber("day", rule.Date.Day);
                writer.WriteNumber("from", rule.FirstYear);
                if (rule.LastYear is int last)
                {
                    writer.WriteNumber("until", last);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteCalendar(BusinessCalendar calendar, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", calendar.Id);
        writer.WriteString("timeZone", calendar.Zone.Id);
        writer.WriteStartObject("weeklyHours");
        foreach (IsoDayOfWeek day in CalendarJsonText.Days)
        {
            if (calendar.WeeklyHours(day).Count > 0)
            {
                WriteHours(CalendarJsonText.DayName(day), calendar.WeeklyHours(day), writer);
            }
        }

        writer.WriteEndObject();
        WriteDates("holidays", calendar.Holidays, writer);
        if (calendar.HolidaySets.Count > 0)
        {
            writer.WriteStartArray("holidaySets");
            foreach (HolidaySet set in calendar.HolidaySets)
            {
                writer.WriteStringValue(set.Name);
            }

            writer.WriteEndArray();
        }

        if (calendar.DateOverrides.Count > 0)
        {
            writer.WriteStartArray("overrides");
            foreach ((LocalDate date, IReadOnlyList<OpeningHours> hours) in calendar.DateOverrides.OrderBy(o => o.Key))
            {
                writer.WriteStartObject();
                writer.WriteString("date", CalendarJsonText.FormatDate(date));
                if (hours.Count == 0)
                {
                    writer.WriteBoolean("closed", true);
                }
                else
                {
                    WriteHours("hours", hours, writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteHours(string name, IReadOnlyList<OpeningHours> hours, Utf8JsonWriter writer)
    {
        writer.WriteStartArray(name);
        foreach (OpeningHours interval in hours)
        {
            writer.WriteStartObject();
            writer.WriteString("start", CalendarJsonText.FormatTime(interval.Start, isEnd: false));
            writer.WriteString("end", CalendarJsonText.FormatTime(interval.End, isEnd: true));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDates(string name, IReadOnlyList<LocalDate> dates, Utf8JsonWriter writer)
    {
        if (dates.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (LocalDate date in dates)
        {
            writer.WriteStringValue(CalendarJsonText.FormatDate(date));
        }

        writer.WriteEndArray();
    }
}
