using System;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>How one promise (policy kind, metric, priority) fares under the candidate policy set compared with the baseline.</summary>
public sealed record SlaAchievementDelta
{
    internal SlaAchievementDelta(SlaAchievement baseline, SlaAchievement candidate)
    {
        Baseline = baseline;
        Candidate = candidate;
    }

    /// <summary>Gets the policy kind.</summary>
    public SlaPolicyKind Kind => Baseline.Kind;

    /// <summary>Gets the metric's id.</summary>
    public string MetricId => Baseline.MetricId;

    /// <summary>Gets the priority.</summary>
    public Priority Priority => Baseline.Priority;

    /// <summary>Gets the baseline's counts (all zero if no baseline target applied).</summary>
    public SlaAchievement Baseline { get; }

    /// <summary>Gets the candidate's counts (all zero if no candidate target applied).</summary>
    public SlaAchievement Candidate { get; }

    /// <summary>Gets the change in achieved states, candidate less baseline.</summary>
    public long AchievedChange => Candidate.Achieved - Baseline.Achieved;

    /// <summary>Gets the change in breached states, candidate less baseline.</summary>
    public long BreachedChange => Candidate.Breached - Baseline.Breached;

    /// <summary>Gets the change in open states, candidate less baseline.</summary>
    public long OpenChange => Candidate.Open - Baseline.Open;

    /// <summary>Gets the change in cancelled states, candidate less baseline.</summary>
    public long CancelledChange => Candidate.Cancelled - Baseline.Cancelled;

    /// <summary>Gets the change in achievement rate, candidate less baseline; <see langword="null"/> unless both have one.</summary>
    public double? AchievementRateChange => Candidate.AchievementRate - Baseline.AchievementRate;

    /// <summary>Returns a summary, such as <c>Sla first-reply High: breached +12, achieved -12</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Kind} {MetricId} {Priority}: achieved {AchievedChange:+0;-0;0}, breached {BreachedChange:+0;-0;0}, open {OpenChange:+0;-0;0}, cancelled {CancelledChange:+0;-0;0}");
}
