using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// What a <see cref="KpiAccumulator"/> computes and how it groups: the time zone and length of
/// periods, the groupings, the backlog instant and age buckets, and the business calendar for
/// business-time KPIs. Immutable and validated: set what differs from <see cref="Default"/> with
/// <c>with</c>.
/// </summary>
/// <example>
/// <code>
/// var options = KpiOptions.Default with
/// {
///     TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
///     Period = KpiPeriod.IsoWeek,
///     Groupings = [KpiDimensions.Agent, KpiDimensions.Channel | KpiDimensions.Period],
///     BacklogAt = now,
///     BusinessCalendar = supportHours,
/// };
/// </code>
/// </example>
public sealed record KpiOptions
{
    private static readonly Duration[] DefaultAgeLimits = [Duration.FromDays(1), Duration.FromDays(3), Duration.FromDays(7)];

    private readonly DateTimeZone _timeZone = DateTimeZone.Utc;
    private readonly KpiPeriod _period = KpiPeriod.Day;
    private readonly KpiDimensions[] _groupings = [];
    private readonly Duration[] _backlogAgeLimits = DefaultAgeLimits;

    /// <summary>Gets the default options: periods are UTC days, no grouping, no backlog, no business calendar.</summary>
    public static KpiOptions Default { get; } = new();

    /// <summary>Gets the time zone in which periods begin and end. Default: UTC.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public DateTimeZone TimeZone
    {
        get => _timeZone;
        init => _timeZone = Guard.Against.Null(value);
    }

    /// <summary>Gets the length of the periods of <see cref="KpiDimensions.Period"/>. Default: <see cref="KpiPeriod.Day"/>.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">Set to an undefined value.</exception>
    public KpiPeriod Period
    {
        get => _period;
        init => _period = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>
    /// Gets the groupings the report gives beside the overall figures: each is a combination of
    /// dimensions, and each gives one group per distinct key. Default: none. Duplicates are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A grouping is <see cref="KpiDimensions.None"/> or has undefined bits.</exception>
    public IReadOnlyList<KpiDimensions> Groupings
    {
        get => _groupings;
        init => _groupings = CheckGroupings(value);
    }

    /// <summary>
    /// Gets the instant at which the backlog is counted (tickets not Solved or Closed then, whatever
    /// their creation date); <see langword="null"/>, the default, for no backlog figures.
    /// </summary>
    public Instant? BacklogAt { get; init; }

    /// <summary>
    /// Gets the limits between backlog age buckets, increasing: the default 1, 3 and 7 days give the
    /// buckets under 1 day, 1 to 3 days, 3 to 7 days and 7 days or more (each bucket holds its lower
    /// limit, not its upper one).
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A limit is not positive, or the limits are not strictly increasing.</exception>
    public IReadOnlyList<Duration> BacklogAgeLimits
    {
        get => _backlogAgeLimits;
        init => _backlogAgeLimits = CheckAgeLimits(value);
    }

    /// <summary>
    /// Gets the calendar in which business-time KPIs are counted (open time between two instants, see
    /// <see cref="BusinessCalendar.Between"/>); <see langword="null"/>, the default, for calendar
    /// time only (every business-time summary is then empty).
    /// </summary>
    public BusinessCalendar? BusinessCalendar { get; init; }

    /// <inheritdoc/>
    public bool Equals(KpiOptions? other) =>
        other is not null
        && _timeZone.Equals(other._timeZone)
        && _period == other._period
        && _groupings.AsSpan().SequenceEqual(other._groupings)
        && BacklogAt == other.BacklogAt
        && _backlogAgeLimits.AsSpan().SequenceEqual(other._backlogAgeLimits)
        && Equals(BusinessCalendar, other.BusinessCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_timeZone, _period, _groupings.Length, BacklogAt, _backlogAgeLimits.Length, BusinessCalendar);

    private static KpiDimensions[] CheckGroupings(IReadOnlyList<KpiDimensions> value)
    {
        Guard.Against.Null(value);
        foreach (var grouping in value)
        {
            if (grouping == KpiDimensions.None || (grouping & ~KpiDimensions.All) != 0)
            {
                throw new ArgumentException("A grouping is a combination of at least one defined dimension.", nameof(value));
            }
        }

        return [.. value.Distinct()];
    }

    private static Duration[] CheckAgeLimits(IReadOnlyList<Duration> value)
    {
        Guard.Against.Null(value);
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] <= Duration.Zero || (i > 0 && value[i] <= value[i - 1]))
            {
                throw new ArgumentException("Backlog age limits are positive and strictly increasing.", nameof(value));
            }
        }

        return [.. value];
    }
}
