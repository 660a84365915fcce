namespace CustomerService.Core.Sla;

/// <summary>
/// What happens to a running clock when the target that applies to it changes (the priority changed, or
/// another policy matches now): an option of the <see cref="SlaPolicySet"/> (SLA-SEMANTICS §4).
/// </summary>
public enum SlaRetargeting
{
    /// <summary>
    /// The default. The new target is measured from when the clock started, in the new target's hours; a tighter
    /// target that is already used up breaches at once (at the change).
    /// </summary>
    RecomputeFromStart = 0,

    /// <summary>
    /// The time already counted is kept as it was measured (in the old target's hours) and the new target applies to
    /// the time that remains; a target already used up breaches at once (at the change).
    /// </summary>
    KeepElapsed = 1,

    /// <summary>
    /// The clock restarts at the change: the old target's state ends (Cancelled, or Breached if it was) and a new state
    /// measures the new target from the change.
    /// </summary>
    Restart = 2,
}
