using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// A problem <see cref="BusinessCalendarBuilder.Validate"/> found: a stable <paramref name="Code"/>
/// (see <see cref="CalendarErrors"/>), a readable message, and where it is.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>calendar.hours_overlap</c>.</param>
/// <param name="Message">A readable description of the problem.</param>
/// <param name="Day">With <paramref name="Index"/>: the weekday whose weekly hours have the problem.</param>
/// <param name="Date">With <paramref name="Index"/>: the date whose override has the problem.</param>
/// <param name="Index">The position of the hours in the order they were added for that day or date.</param>
public sealed record CalendarProblem(string Code, string Message, IsoDayOfWeek? Day = null, LocalDate? Date = null, int? Index = null);
