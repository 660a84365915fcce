namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>
/// The stable codes of the <see cref="SharedKernel.InputProblem"/>s that <see cref="IcsHolidays.Parse"/>
/// reports, each with the 1-based line where the offending content line starts.
/// </summary>
public static class IcsProblemCodes
{
    /// <summary>The text is longer than <see cref="IcsHolidays.MaxInputLength"/>; nothing else is checked.</summary>
    public const string TooLarge = "ical.too_large";

    /// <summary>A content line is not <c>NAME[;PARAM=VALUE...]:VALUE</c>, or a folded line has nothing to continue.</summary>
    public const string Syntax = "ical.syntax";

    /// <summary>BEGIN and END do not match, content lies outside a VCALENDAR, or there is no VCALENDAR at all.</summary>
    public const string Structure = "ical.structure";

    /// <summary>A component the loader does not read (VTODO, VJOURNAL, VFREEBUSY, ...); VTIMEZONE and VALARM are skipped silently, since they cannot change which dates are closed.</summary>
    public const string UnsupportedComponent = "ical.unsupported_component";

    /// <summary>A property that would change which dates an event covers and that the loader does not apply (RDATE, EXDATE, EXRULE, RECURRENCE-ID, DURATION, an unknown IANA property).</summary>
    public const string UnsupportedProperty = "ical.unsupported_property";

    /// <summary>A value the loader does not apply: a cancelled event (STATUS:CANCELLED), a calendar scale other than GREGORIAN, a VERSION other than 2.0.</summary>
    public const string UnsupportedValue = "ical.unsupported_value";

    /// <summary>A required property is absent (a VEVENT without DTSTART).</summary>
    public const string MissingProperty = "ical.missing_property";

    /// <summary>A property that may appear once in an event appears again (DTSTART, DTEND, RRULE).</summary>
    public const string DuplicateProperty = "ical.duplicate_property";

    /// <summary>An event with a time of day (DTSTART or DTEND as DATE-TIME): a holiday is a whole date.</summary>
    public const string TimedEvent = "ical.timed_event";

    /// <summary>A DTSTART, DTEND or UNTIL that is not a date in the form YYYYMMDD.</summary>
    public const string InvalidDate = "ical.invalid_date";

    /// <summary>A DTEND that is not after DTSTART (DTEND is exclusive), or an event longer than 366 days.</summary>
    public const string InvalidRange = "ical.invalid_range";

    /// <summary>An RRULE that breaks RFC 5545: no FREQ, a COUNT or INTERVAL that is not a positive number, both COUNT and UNTIL, an UNTIL before DTSTART.</summary>
    public const string InvalidRule = "ical.invalid_rule";

    /// <summary>A valid RRULE the loader does not apply: a FREQ other than YEARLY, INTERVAL above 1, BYDAY and the other BYxxx parts, a yearly multi-day event across the end of February.</summary>
    public const string UnsupportedRule = "ical.unsupported_rule";
}
