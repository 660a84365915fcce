using System;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Escalations;

/// <summary>
/// One rule of an <see cref="EscalationPolicy"/>: when an SLA target crosses a warning threshold (<see cref="OnWarning"/>)
/// or breaches (<see cref="OnBreach"/>), escalate to <see cref="To"/> at <see cref="Level"/>. Narrow it to a metric, a
/// priority or a policy kind with the <c>For...</c> methods; unnarrowed, it matches every target.
/// </summary>
/// <remarks>
/// A warning rule matches a warning whose threshold equals <see cref="Threshold"/> exactly (<c>50%</c> matches a target's
/// 50% warning, not its 75%), so a rule names one of the thresholds the SLA policy's targets declare.
/// </remarks>
public sealed record EscalationRule
{
    private EscalationRule(SlaWarningThreshold? threshold, EscalationLevel level, EscalationKind kind, EscalationTarget to)
    {
        Threshold = threshold;
        Level = Guard.Against.Default(level);
        Kind = Guard.Against.EnumOutOfRange(kind);
        To = Guard.Against.Null(to);
    }

    /// <summary>Gets the warning threshold that fires the rule; <see langword="null"/> when the breach fires it.</summary>
    public SlaWarningThreshold? Threshold { get; }

    /// <summary>Gets a value indicating whether the breach (rather than a warning) fires the rule.</summary>
    public bool IsOnBreach => Threshold is null;

    /// <summary>Gets the level the rule raises.</summary>
    public EscalationLevel Level { get; }

    /// <summary>Gets the kind of the escalation raised.</summary>
    public EscalationKind Kind { get; }

    /// <summary>Gets whom the escalation goes to.</summary>
    public EscalationTarget To { get; }

    /// <summary>Gets the reason of the escalation raised: <see cref="EscalationReason.SlaAtRisk"/> for a warning, <see cref="EscalationReason.SlaBreach"/> for the breach.</summary>
    public EscalationReason Reason => IsOnBreach ? EscalationReason.SlaBreach : EscalationReason.SlaAtRisk;

    /// <summary>Gets the metric the rule is limited to; <see langword="null"/> for every metric.</summary>
    public string? MetricId { get; private init; }

    /// <summary>Gets the target priority the rule is limited to; <see langword="null"/> for every priority.</summary>
    public Priority? Priority { get; private init; }

    /// <summary>Gets the policy kind the rule is limited to; <see langword="null"/> for every kind.</summary>
    public SlaPolicyKind? PolicyKind { get; private init; }

    /// <summary>Gets whom to notify and how; <see langword="null"/> for no notification beyond the escalation itself.</summary>
    public EscalationNotification? Notification { get; private init; }

    /// <summary>A rule fired when a target crosses <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The warning threshold, as the SLA targets declare it.</param>
    /// <param name="level">The level to raise.</param>
    /// <param name="kind">The kind of escalation.</param>
    /// <param name="to">Whom to escalate to.</param>
    /// <returns>The rule, for every metric, priority and policy kind.</returns>
    /// <exception cref="ArgumentException">The level or kind is not set, or <paramref name="to"/> is <see langword="null"/>.</exception>
    public static EscalationRule OnWarning(SlaWarningThreshold threshold, EscalationLevel level, EscalationKind kind, EscalationTarget to) =>
        new(threshold, level, kind, to);

    /// <summary>A rule fired when a target breaches.</summary>
    /// <param name="level">The level to raise.</param>
    /// <param name="kind">The kind of escalation.</param>
    /// <param name="to">Whom to escalate to.</param>
    /// <returns>The rule, for every metric, priority and policy kind.</returns>
    /// <exception cref="ArgumentException">The level or kind is not set, or <paramref name="to"/> is <see langword="null"/>.</exception>
    public static EscalationRule OnBreach(EscalationLevel level, EscalationKind kind, EscalationTarget to) =>
        new(null, level, kind, to);

    /// <summary>Limits the rule to one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>A new rule.</returns>
    public EscalationRule ForMetric(SlaMetric metric) => this with { MetricId = Guard.Against.Null(metric).Id };

    /// <summary>Limits the rule to targets of one priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>A new rule.</returns>
    public EscalationRule ForPriority(Priority priority) => this with { Priority = Guard.Against.EnumOutOfRange(priority) };

    /// <summary>Limits the rule to policies of one kind (the customer SLA, an OLA, a vendor contract).</summary>
    /// <param name="kind">The policy kind.</param>
    /// <returns>A new rule.</returns>
    public EscalationRule ForPolicyKind(SlaPolicyKind kind) => this with { PolicyKind = Guard.Against.EnumOutOfRange(kind) };

    /// <summary>Adds a notification to the rule.</summary>
    /// <param name="notification">Whom to notify and with which template.</param>
    /// <returns>A new rule.</returns>
    public EscalationRule WithNotification(EscalationNotification notification) => this with { Notification = Guard.Against.Null(notification) };

    /// <summary>Returns the rule as text, such as <c>L2 on 75% of first-reply Urgent Sla: Hierarchical to role team-lead</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Level} on {(Threshold is { } t ? t.ToString() : "breach")} of {MetricId ?? "any metric"}{(Priority is { } p ? " " + p : string.Empty)}{(PolicyKind is { } k ? " " + k : string.Empty)}: {Kind} to {To}");

    /// <summary>Whether the rule applies to the target measured in <paramref name="state"/>.</summary>
    internal bool Matches(SlaTargetState state) => Matches(state.Metric.Id, state.Target.Priority, state.Kind);

    /// <summary>Whether the rule applies to a target of <paramref name="metricId"/> and <paramref name="priority"/> in a policy of <paramref name="kind"/>.</summary>
    internal bool Matches(string metricId, Priority priority, SlaPolicyKind kind) =>
        (MetricId is null || MetricId == metricId)
        && (Priority is null || Priority == priority)
        && (PolicyKind is null || PolicyKind == kind);

    /// <summary>The fact in <paramref name="state"/> that fires the rule; <see langword="null"/> if it has not happened.</summary>
    internal SlaFact? FactIn(SlaTargetState state)
    {
        if (Threshold is not { } threshold)
        {
            return state.Breach;
        }

        foreach (var warning in state.Warnings)
        {
            if (warning.Threshold == threshold)
            {
                return warning;
            }
        }

        return null;
    }
}
