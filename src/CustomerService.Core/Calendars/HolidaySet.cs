using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// A named, immutable set of closed dates (for example <c>us-federal</c>) that many calendars can share:
/// single dates plus <see cref="YearlyHoliday"/> rules.
/// </summary>
public sealed class HolidaySet : IEquatable<HolidaySet>
{
    private readonly LocalDate[] _dates;
    private readonly YearlyHoliday[] _yearly;

    private HolidaySet(string name, LocalDate[] dates, YearlyHoliday[] yearly)
    {
        Name = name;
        _dates = dates;
        _yearly = yearly;
    }

    /// <summary>Gets the empty set, named <c>empty</c>.</summary>
    public static HolidaySet Empty { get; } = new("empty", [], []);

    /// <summary>Gets the set's name.</summary>
    public string Name { get; }

    /// <summary>Gets the single dates, sorted and distinct.</summary>
    public IReadOnlyList<LocalDate> Dates => _dates;

    /// <summary>Gets the yearly rules, sorted by month, day and first year.</summary>
    public IReadOnlyList<YearlyHoliday> Yearly => _yearly;

    /// <summary>Creates a holiday set.</summary>
    /// <param name="name">The name, e.g. <c>us-federal</c>.</param>
    /// <param name="dates">The single closed dates, in any order; duplicates are ignored.</param>
    /// <param name="yearly">Yearly rules, if any; duplicates are ignored.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or an argument is <see langword="null"/>.</exception>
    public static HolidaySet Create(string name, IEnumerable<LocalDate> dates, IEnumerable<YearlyHoliday>? yearly = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(dates);
        var sortedDates = dates.Distinct().Order().ToArray();
        var rules = (yearly ?? []).Select(y => Guard.Against.Null(y, nameof(yearly))).Distinct()
            .OrderBy(y => y.Date).ThenBy(y => y.FirstYear).ThenBy(y => y.LastYear ?? int.MaxValue).ToArray();
        return new HolidaySet(name, sortedDates, rules);
    }

    /// <summary>Tells whether <paramref name="date"/> is a holiday of this set.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if it is one of <see cref="Dates"/> or a <see cref="Yearly"/> rule falls on it.</returns>
    public bool Contains(LocalDate date)
    {
        if (Array.BinarySearch(_dates, date) >= 0)
        {
            return true;
        }

        foreach (var rule in _yearly)
        {
            if (rule.OccursOn(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares name, dates and yearly rules.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> if both sets have the same name and the same holidays.</returns>
    public bool Equals(HolidaySet? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Name == other.Name && _dates.AsSpan().SequenceEqual(other._dates) && _yearly.AsSpan().SequenceEqual(other._yearly)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidaySet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, _dates.Length, _yearly.Length);

    /// <summary>Returns for example <c>us-federal: 11 dates, 2 yearly</c>.</summary>
    /// <returns>The name and the counts.</returns>
    public override string ToString() => $"{Name}: {_dates.Length} dates, {_yearly.Length} yearly";
}
