namespace CustomerService.Core.Escalations;

/// <summary>Where an escalation stands. <see cref="Raised"/> and <see cref="Acknowledged"/> are open; the others are final.</summary>
/// <remarks>The lifecycle table is in docs/escalations.md.</remarks>
public enum EscalationStatus
{
    /// <summary>Raised and waiting for the receiving team or person to take it.</summary>
    Raised = 0,

    /// <summary>The receiving team or person has taken it and works on it.</summary>
    Acknowledged = 1,

    /// <summary>Done: the receiving team or person dealt with it. Final.</summary>
    Resolved = 2,

    /// <summary>Sent back to the sender with a note (wrong team, missing information). Final: escalating again is a new escalation.</summary>
    Returned = 3,

    /// <summary>Withdrawn by the sender, or no longer needed (the ticket was solved meanwhile). Final.</summary>
    Cancelled = 4,
}
