using System.Collections.Generic;
using CustomerService.Core.SharedKernel.Json;
using NodaTime;

namespace CustomerService.Core.Calendars.Json;

/// <summary>
/// Remembers which JSON value each weekday's and each override date's hours came from, so that a
/// <see cref="CalendarProblem"/> the builder finds (by day or date, and index) is reported at the JSON
/// path of the offending hours.
/// </summary>
internal sealed class CalendarProblemPlaces
{
    private readonly JsonInputNode _calendar;
    private readonly (JsonInputNode Day, List<JsonInputNode> Hours)?[] _weekly = new (JsonInputNode, List<JsonInputNode>)?[7];
    private readonly Dictionary<LocalDate, (JsonInputNode Override, List<JsonInputNode> Hours)> _overrides = [];

    public CalendarProblemPlaces(JsonInputNode calendar)
    {
        _calendar = calendar;
    }

    /// <summary>Records the array that holds a weekday's hours.</summary>
    public void AddDay(IsoDayOfWeek day, JsonInputNode hours) => _weekly[(int)day - 1] = (hours, []);

    /// <summary>Records the next hours given to the builder for a weekday.</summary>
    public void AddWeeklyHours(IsoDayOfWeek day, JsonInputNode hours) => _weekly[(int)day - 1]!.Value.Hours.Add(hours);

    /// <summary>Records the override object of a date.</summary>
    public void AddOverride(LocalDate date, JsonInputNode value) => _overrides[date] = (value, []);

    /// <summary>Records the next hours given to the builder for an override date.</summary>
    public void AddOverrideHours(LocalDate date, JsonInputNode hours) => _overrides[date].Hours.Add(hours);

    /// <summary>Gets the most precise value a problem points to: the hours, else the day or override, else the calendar.</summary>
    public JsonInputNode Locate(CalendarProblem problem)
    {
        if (problem.Day is IsoDayOfWeek day && _weekly[(int)day - 1] is { } weekly)
        {
            return At(weekly.Hours, problem.Index) ?? weekly.Day;
        }

        if (problem.Date is LocalDate date && _overrides.TryGetValue(date, out var dated))
        {
            return At(dated.Hours, problem.Index) ?? dated.Override;
        }

        return _calendar;
    }

    private static JsonInputNode? At(List<JsonInputNode> hours, int? index) =>
        index is int i && i >= 0 && i < hours.Count ? hours[i] : null;
}
