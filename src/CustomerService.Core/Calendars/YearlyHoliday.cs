using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// A holiday on the same month and day every year from <see cref="FirstYear"/> to <see cref="LastYear"/>
/// inclusive (<see langword="null"/>: forever). 29 February occurs only in leap years; nothing moves
/// a holiday that falls on a weekend (list the observed date explicitly if there is one).
/// </summary>
/// <param name="Date">The month and day.</param>
/// <param name="FirstYear">The first year it is observed.</param>
/// <param name="LastYear">The last year it is observed, or <see langword="null"/> for every year from <paramref name="FirstYear"/> on.</param>
/// <exception cref="ArgumentOutOfRangeException">A year is outside NodaTime's ISO range, or <paramref name="LastYear"/> is before <paramref name="FirstYear"/>.</exception>
public sealed record YearlyHoliday(AnnualDate Date, int FirstYear, int? LastYear = null)
{
    /// <summary>Gets the first year the holiday is observed.</summary>
    public int FirstYear { get; } =
        Guard.Against.OutOfRange(FirstYear, nameof(FirstYear), LocalDate.MinIsoValue.Year, LocalDate.MaxIsoValue.Year);

    /// <summary>Gets the last year the holiday is observed, or <see langword="null"/> if it has no end.</summary>
    public int? LastYear { get; } = LastYear is { } last
        ? Guard.Against.OutOfRange(last, nameof(LastYear), FirstYear, LocalDate.MaxIsoValue.Year)
        : null;

    /// <summary>Tells whether the holiday falls on <paramref name="date"/>.</summary>
    /// <param name="date">The date (in the ISO calendar).</param>
    /// <returns><see langword="true"/> if the month and day match and the year is in range.</returns>
    public bool OccursOn(LocalDate date) =>
        date.Month == Date.Month && date.Day == Date.Day && date.Year >= FirstYear && (LastYear is null || date.Year <= LastYear);

    /// <summary>Returns for example <c>12-25 from 2020</c> or <c>07-04 2000-2030</c>.</summary>
    /// <returns>The month and day and the years.</returns>
    public override string ToString() =>
        LastYear is { } last ? $"{Date} {FirstYear}-{last}" : $"{Date} from {FirstYear}";
}
