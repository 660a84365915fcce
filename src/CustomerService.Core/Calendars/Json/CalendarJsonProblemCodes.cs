namespace CustomerService.Core.Calendars.Json;

/// <summary>
/// The stable codes of the <see cref="SharedKernel.InputProblem"/>s about what a calendar document
/// means. <see cref="CalendarJson"/> also reports the JSON-level codes of
/// <see cref="SharedKernel.Json.JsonProblemCodes"/> and, mapped to the JSON path of the offending hours,
/// the codes of <see cref="CalendarErrors"/> that <see cref="BusinessCalendarBuilder.Validate"/> finds
/// (overlapping hours, no open time).
/// </summary>
public static class CalendarJsonProblemCodes
{
    /// <summary>A calendar id or holiday-set name that is empty or white space.</summary>
    public const string InvalidId = "calendar.invalid_id";

    /// <summary>Two calendars with the same id, or two holiday sets with the same name; the second is reported.</summary>
    public const string DuplicateId = "calendar.duplicate_id";

    /// <summary>A time zone id the time zone provider (TZDB by default) does not know.</summary>
    public const string UnknownTimeZone = "calendar.unknown_time_zone";

    /// <summary>A time that is not <c>HH:mm</c> (or <c>HH:mm:ss</c>, with an optional fraction), or <c>24:00</c> used as a start.</summary>
    public const string InvalidTime = "calendar.invalid_time";

    /// <summary>A holiday or override date that is not a date in the form <c>yyyy-MM-dd</c>.</summary>
    public const string InvalidDate = "calendar.invalid_date";

    /// <summary>A yearly holiday whose month and day do not make a date, or whose years are out of range or reversed.</summary>
    public const string InvalidYearlyHoliday = "calendar.invalid_yearly_holiday";

    /// <summary>An override with both <c>hours</c> and <c>closed</c>, with neither, with empty hours, or with <c>closed: false</c>.</summary>
    public const string InvalidOverride = "calendar.invalid_override";

    /// <summary>Two overrides for the same date in one calendar; the second is reported.</summary>
    public const string DuplicateOverride = "calendar.duplicate_override";

    /// <summary>A calendar refers to a holiday set the document does not define.</summary>
    public const string UnknownHolidaySet = "calendar.unknown_holiday_set";
}
