using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// How an escalation's time to acknowledge stands against an OLA target, measured on a business calendar: the same
/// meaning as an SLA target's state (SLA-SEMANTICS §4), for the one clock that runs from raising to acknowledging.
/// </summary>
/// <param name="Stage">
/// <see cref="SlaStage.Running"/> while it waits; <see cref="SlaStage.Achieved"/> when acknowledged within the target;
/// <see cref="SlaStage.Breached"/> once the elapsed time went past the target (acknowledged late, or not yet);
/// <see cref="SlaStage.Cancelled"/> when it closed (returned, cancelled) unacknowledged within the target.
/// </param>
/// <param name="Target">The target.</param>
/// <param name="Elapsed">The open time from raising to acknowledging (or to closing, or to the evaluation instant).</param>
/// <param name="DueAt">The earliest instant at which the target is used up.</param>
/// <param name="BreachAt">The first instant after which the elapsed time exceeds the target: <see cref="DueAt"/>, or the next opening when it falls at a closing.</param>
public readonly record struct AcknowledgementProgress(SlaStage Stage, Duration Target, Duration Elapsed, Instant DueAt, Instant BreachAt)
{
    /// <summary>Gets a value indicating whether the target was breached: the elapsed time is past it (strictly).</summary>
    public bool IsBreached => Stage == SlaStage.Breached;

    /// <summary>Gets the target less <see cref="Elapsed"/>; negative once overrun.</summary>
    public Duration Remaining => Target - Elapsed;
}
