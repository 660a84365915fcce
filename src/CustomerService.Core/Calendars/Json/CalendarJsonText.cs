using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Calendars.Json;

/// <summary>The text forms of the calendar JSON format, shared by its reader and its writer.</summary>
internal static class CalendarJsonText
{
    /// <summary>The closing midnight, as an end of hours.</summary>
    public const string EndOfDay = "24:00";

    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern LongTime = LocalTimePattern.ExtendedIso;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Gets the weekdays in the order they are written, Monday first.</summary>
    public static IReadOnlyList<IsoDayOfWeek> Days { get; } =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>Gets the property name of a weekday: <c>monday</c> to <c>sunday</c>.</summary>
    public static string DayName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "monday",
        IsoDayOfWeek.Tuesday => "tuesday",
        IsoDayOfWeek.Wednesday => "wednesday",
        IsoDayOfWeek.Thursday => "thursday",
        IsoDayOfWeek.Friday => "friday",
        IsoDayOfWeek.Saturday => "saturday",
        IsoDayOfWeek.Sunday => "sunday",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>Writes a time as <c>HH:mm</c>, or <c>HH:mm:ss</c> with a fraction only when needed; an end at midnight as <c>24:00</c>.</summary>
    public static string FormatTime(LocalTime time, bool isEnd) =>
        isEnd && time == LocalTime.Midnight ? EndOfDay
        : time.Second == 0 && time.NanosecondOfSecond == 0 ? ShortTime.Format(time)
        : LongTime.Format(time);

    /// <summary>Reads a time written by <see cref="FormatTime"/>; <c>24:00</c> only when <paramref name="isEnd"/>.</summary>
    public static bool TryParseTime(string text, bool isEnd, out LocalTime time)
    {
        if (text is EndOfDay or "24:00:00")
        {
            time = LocalTime.Midnight;
            return isEnd;
        }

        ParseResult<LocalTime> result = text.Length == 5 ? ShortTime.Parse(text) : LongTime.Parse(text);
        time = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    /// <summary>Reads a date in the form <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        ParseResult<LocalDate> result = DatePattern.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
