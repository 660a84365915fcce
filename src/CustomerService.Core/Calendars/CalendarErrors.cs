namespace CustomerService.Core.Calendars;

/// <summary>The stable codes of <see cref="CalendarProblem"/>s. Codes never change once shipped.</summary>
public static class CalendarErrors
{
    /// <summary>
    /// Two intervals of one weekday, or of one override date, overlap; or an overnight weekly interval
    /// runs into the next weekday's hours.
    /// </summary>
    public const string HoursOverlap = "calendar.hours_overlap";

    /// <summary>The calendar has no open time at all: no weekly hours and no override with hours.</summary>
    public const string NoOpenTime = "calendar.no_open_time";

    /// <summary>
    /// The calendar has override hours but no weekly hours, so its open time runs out after the last
    /// override and a target could never be met after that.
    /// </summary>
    public const string NoWeeklyHours = "calendar.no_weekly_hours";

    /// <summary>A date is both closed (<see cref="BusinessCalendarBuilder.WithClosedDate"/>) and given override hours.</summary>
    public const string ClosedDateWithHours = "calendar.closed_date_with_hours";

    /// <summary>An opening or closing time is more precise than a tick (100 ns), which the compiled index cannot represent.</summary>
    public const string HoursTooPrecise = "calendar.hours_too_precise";
}
