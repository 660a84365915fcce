namespace CustomerService.Core.Sla;

/// <summary>Where a target's clock stands at the evaluation instant (SLA-SEMANTICS §4).</summary>
public enum SlaStage
{
    /// <summary>The clock is counting and the target is not used up.</summary>
    Running = 0,

    /// <summary>The clock is paused (for example while the ticket is Pending) and the target is not used up.</summary>
    Paused = 1,

    /// <summary>The clock stopped within the target.</summary>
    Achieved = 2,

    /// <summary>The elapsed time went past the target; final, even after the clock stops.</summary>
    Breached = 3,

    /// <summary>The target no longer applies (the ticket was solved before a reply, merged, or no policy matches any more).</summary>
    Cancelled = 4,
}
