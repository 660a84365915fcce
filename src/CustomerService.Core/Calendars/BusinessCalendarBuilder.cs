using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// Collects a calendar's definition (weekly hours, holidays, dated overrides) and builds the immutable
/// <see cref="BusinessCalendar"/>. Start one with <see cref="BusinessCalendar.Create"/>.
/// </summary>
/// <remarks>
/// <see cref="Validate"/> reports every problem at once; <see cref="Build"/> throws
/// <see cref="InvalidCalendarException"/> with the same problems. A builder can build several times;
/// each calendar is a snapshot of the definition at that moment.
/// </remarks>
public sealed class BusinessCalendarBuilder
{
    private readonly string _id;
    private readonly DateTimeZone _zone;
    private readonly List<OpeningHours>[] _weekly = [.. Enumerable.Range(0, 7).Select(_ => new List<OpeningHours>())];
    private readonly SortedSet<LocalDate> _holidays = [];
    private readonly List<HolidaySet> _holidaySets = [];
    private readonly SortedDictionary<LocalDate, List<OpeningHours>> _overrideHours = [];
    private readonly SortedSet<LocalDate> _closedDates = [];

    internal BusinessCalendarBuilder(string id, DateTimeZone zone)
    {
        _id = Guard.Against.NullOrWhiteSpace(id);
        _zone = Guard.Against.Null(zone);
    }

    /// <summary>Adds open hours on every <paramref name="day"/>; call again for split shifts.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; at or before <paramref name="start"/> it is on the next day (00:00 is the end of the day).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder WithWeeklyHours(IsoDayOfWeek day, LocalTime start, LocalTime end) =>
        WithWeeklyHours(day, new OpeningHours(start, end));

    /// <summary>Adds open hours on every <paramref name="day"/>; call again for split shifts.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="hours">The hours.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder WithWeeklyHours(IsoDayOfWeek day, OpeningHours hours)
    {
        Guard.Against.InvalidDayOfWeek(day);
        _weekly[(int)day - 1].Add(hours);
        return this;
    }

    /// <summary>Closes <paramref name="date"/> as a holiday (unless a date override says otherwise).</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WithHoliday(LocalDate date)
    {
        _holidays.Add(date);
        return this;
    }

    /// <summary>Closes every date of a shared holiday set; several sets may be added.</summary>
    /// <param name="holidays">The set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    public BusinessCalendarBuilder WithHolidays(HolidaySet holidays)
    {
        Guard.Against.Null(holidays);
        if (!_holidaySets.Contains(holidays))
        {
            _holidaySets.Add(holidays);
        }

        return this;
    }

    /// <summary>
    /// Gives <paramref name="date"/> its own hours, replacing its weekly hours and any holiday;
    /// call again for split hours that day.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; at or before <paramref name="start"/> it is on the next day.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WithDateOverride(LocalDate date, LocalTime start, LocalTime end)
    {
        if (!_overrideHours.TryGetValue(date, out var hours))
        {
            hours = [];
            _overrideHours.Add(date, hours);
        }

        hours.Add(new OpeningHours(start, end));
        return this;
    }

    /// <summary>Closes <paramref name="date"/> by an override, whatever its weekly hours.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WithClosedDate(LocalDate date)
    {
        _closedDates.Add(date);
        return this;
    }

    /// <summary>Finds every problem in the definition.</summary>
    /// <returns>The problems, empty when the definition is valid.</returns>
    public IReadOnlyList<CalendarProblem> Validate()
    {
        var problems = new List<CalendarProblem>();
        for (var d = 0; d < 7; d++)
        {
            var day = (IsoDayOfWeek)(d + 1);
            var hours = _weekly[d];
            for (var i = 0; i < hours.Count; i++)
            {
                CheckPrecision(problems, hours[i], day, null, i);
                CheckOverlapWithEarlier(problems, hours, i, day, null);
            }

            CheckRunInto(problems, day, hours, _weekly[(d + 1) % 7]);
        }

        foreach (var (date, hours) in _overrideHours)
        {
            for (var i = 0; i < hours.Count; i++)
            {
                CheckPrecision(problems, hours[i], null, date, i);
                CheckOverlapWithEarlier(problems, hours, i, null, date);
            }

            if (_closedDates.Contains(date))
            {
                problems.Add(new CalendarProblem(
                    CalendarErrors.ClosedDateWithHours,
                    $"{CalendarText.Date(date)} is both closed and given hours.",
                    Date: date));
            }
        }

        if (_weekly.All(h => h.Count == 0))
        {
            problems.Add(_overrideHours.Count == 0
                ? new CalendarProblem(CalendarErrors.NoOpenTime, "The calendar has no open time: it has no weekly hours and no override hours.")
                : new CalendarProblem(CalendarErrors.NoWeeklyHours, "The calendar has no weekly hours: its open time would run out after the last date override."));
        }

        return problems;
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>The immutable calendar.</returns>
    /// <exception cref="InvalidCalendarException"><see cref="Validate"/> found problems; they are in <see cref="InvalidCalendarException.Problems"/>.</exception>
    public BusinessCalendar Build()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(problems);
        }

        var overrides = new Dictionary<LocalDate, OpeningHours[]>(_overrideHours.Count + _closedDates.Count);
        foreach (var (date, hours) in _overrideHours)
        {
            overrides.Add(date, [.. hours]);
        }

        foreach (var date in _closedDates)
        {
            overrides.Add(date, []);
        }

        return new BusinessCalendar(
            _id,
            _zone,
            [.. _weekly.Select(h => h.ToArray())],
            [.. _holidays],
            [.. _holidaySets],
            overrides);
    }

    private static void CheckPrecision(List<CalendarProblem> problems, OpeningHours hours, IsoDayOfWeek? day, LocalDate? date, int index)
    {
        if (hours.Start.NanosecondOfDay % NodaConstants.NanosecondsPerTick != 0 || hours.End.NanosecondOfDay % NodaConstants.NanosecondsPerTick != 0)
        {
            problems.Add(new CalendarProblem(
                CalendarErrors.HoursTooPrecise,
                $"{Where(day, date)} hours #{index} ({hours}) are more precise than a tick (100 ns).",
                day,
                date,
                index));
        }
    }

    private static void CheckOverlapWithEarlier(List<CalendarProblem> problems, List<OpeningHours> hours, int index, IsoDayOfWeek? day, LocalDate? date)
    {
        var current = hours[index];
        for (var earlier = 0; earlier < index; earlier++)
        {
            if (Overlap(hours[earlier], current, 0))
            {
                problems.Add(new CalendarProblem(
                    CalendarErrors.HoursOverlap,
                    $"{Where(day, date)} hours #{index} ({current}) overlap hours #{earlier} ({hours[earlier]}).",
                    day,
                    date,
                    index));
                return;
            }
        }
    }

    private static void CheckRunInto(List<CalendarProblem> problems, IsoDayOfWeek day, List<OpeningHours> hours, List<OpeningHours> nextDay)
    {
        var next = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1;
        for (var i = 0; i < hours.Count; i++)
        {
            for (var k = 0; k < nextDay.Count; k++)
            {
                if (Overlap(hours[i], nextDay[k], NodaConstants.NanosecondsPerDay))
                {
                    problems.Add(new CalendarProblem(
                        CalendarErrors.HoursOverlap,
                        $"{day}'s hours #{i} ({hours[i]}) run into {next}'s hours #{k} ({nextDay[k]}).",
                        day,
                        null,
                        i));
                    break;
                }
            }
        }
    }

    // Both intervals on one axis of nanoseconds from the first one's midnight; the second shifted by a day or not.
    private static bool Overlap(OpeningHours first, OpeningHours second, long secondShift) =>
        first.Start.NanosecondOfDay < second.EndNanosecondOfStartDay + secondShift &&
        second.Start.NanosecondOfDay + secondShift < first.EndNanosecondOfStartDay;

    private static string Where(IsoDayOfWeek? day, LocalDate? date) =>
        day is { } d ? $"{d}'s" : $"{CalendarText.Date(date!.Value)}'s";
}
