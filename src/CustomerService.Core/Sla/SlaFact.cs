using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// Something that happened to a target, at the instant it happened (computed from the calendar, not from when someone
/// looked): a warning threshold was crossed, or the target was breached (SLA-SEMANTICS §5).
/// </summary>
/// <param name="MetricId">The metric's id.</param>
/// <param name="Cycle">The cycle, from 1.</param>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="PolicyVersion">The policy's version.</param>
/// <param name="At">When it happened.</param>
public abstract record SlaFact(string MetricId, int Cycle, string PolicyId, int PolicyVersion, Instant At);

/// <summary>A target's clock crossed a warning threshold.</summary>
/// <param name="MetricId">The metric's id.</param>
/// <param name="Cycle">The cycle, from 1.</param>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="PolicyVersion">The policy's version.</param>
/// <param name="At">When the threshold was crossed.</param>
/// <param name="Threshold">The threshold.</param>
public sealed record SlaWarningReached(string MetricId, int Cycle, string PolicyId, int PolicyVersion, Instant At, SlaWarningThreshold Threshold)
    : SlaFact(MetricId, Cycle, PolicyId, PolicyVersion, At);

/// <summary>A target was breached: after <see cref="SlaFact.At"/>, its elapsed time exceeds the target.</summary>
/// <param name="MetricId">The metric's id.</param>
/// <param name="Cycle">The cycle, from 1.</param>
/// <param name="PolicyId">The policy's id.</param>
/// <param name="PolicyVersion">The policy's version.</param>
/// <param name="At">The breach instant (the state's <see cref="SlaTargetState.BreachAt"/>).</param>
public sealed record SlaBreached(string MetricId, int Cycle, string PolicyId, int PolicyVersion, Instant At)
    : SlaFact(MetricId, Cycle, PolicyId, PolicyVersion, At);
