using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// One promise of a policy: for tickets of <see cref="Priority"/>, <see cref="Metric"/> must stay within
/// <see cref="Duration"/>, counted in <see cref="HoursMode"/>, with optional <see cref="Warnings"/>.
/// </summary>
/// <remarks>
/// A target is a plain value; whether it is valid (positive duration, warnings inside it) is checked with the policy
/// that holds it, so every problem of a policy is reported at once.
/// </remarks>
public sealed record SlaTarget
{
    private readonly SlaWarningThreshold[] _warnings;
    private Duration[]? _warningAmounts;

    /// <summary>Creates a target.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority it applies to.</param>
    /// <param name="duration">How long the metric may take.</param>
    /// <param name="hoursMode">Which hours count.</param>
    /// <param name="calendarId">The calendar for business hours, first in the chain; <see langword="null"/> to use the chain's next link.</param>
    /// <param name="warnings">The warning thresholds.</param>
    public SlaTarget(
        SlaMetric metric,
        Priority priority,
        Duration duration,
        SlaHoursMode hoursMode = SlaHoursMode.Business,
        string? calendarId = null,
        IEnumerable<SlaWarningThreshold>? warnings = null)
    {
        Metric = Guard.Against.Null(metric);
        Priority = Guard.Against.EnumOutOfRange(priority);
        Duration = duration;
        HoursMode = Guard.Against.EnumOutOfRange(hoursMode);
        if (calendarId is not null)
        {
            Guard.Against.NullOrWhiteSpace(calendarId);
        }

        CalendarId = calendarId;
        _warnings = [.. warnings ?? []];
    }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the priority the target applies to.</summary>
    public Priority Priority { get; }

    /// <summary>Gets how long the metric may take.</summary>
    public Duration Duration { get; }

    /// <summary>Gets which hours count.</summary>
    public SlaHoursMode HoursMode { get; }

    /// <summary>Gets the target's own calendar, first in the calendar chain; <see langword="null"/> if it has none.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets the warning thresholds, in the order given.</summary>
    public IReadOnlyList<SlaWarningThreshold> Warnings => _warnings;

    /// <summary>Gets the elapsed time at which each warning is reached, in the order of <see cref="Warnings"/>.</summary>
    // Worked out once (the engine reads them in every evaluation); a race only computes the same values twice.
    internal ReadOnlySpan<Duration> WarningAmounts => _warningAmounts ??= Array.ConvertAll(_warnings, w => w.AmountOf(Duration));

    /// <inheritdoc/>
    public bool Equals(SlaTarget? other) =>
        other is not null
        && Metric.Equals(other.Metric)
        && Priority == other.Priority
        && Duration == other.Duration
        && HoursMode == other.HoursMode
        && CalendarId == other.CalendarId
        && _warnings.SequenceEqual(other._warnings);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Metric.Id, Priority, Duration, HoursMode, CalendarId);

    /// <summary>Returns the target as text, such as <c>first-reply High PT1H business</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Metric.Id} {Priority} {DurationText.Format(Duration)} {(HoursMode == SlaHoursMode.Business ? "business" : "24/7")}"
        + (CalendarId is null ? string.Empty : $" on {CalendarId}");
}
