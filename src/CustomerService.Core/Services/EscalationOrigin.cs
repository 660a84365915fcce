namespace CustomerService.Core.Services;

/// <summary>
/// Whom the <see cref="SlaMonitor"/> names as the <c>From</c> of an escalation it raises: the team or the person the
/// ticket is with.
/// </summary>
public enum EscalationOrigin
{
    /// <summary>The ticket's group; its assignee when it has no group; <see cref="SlaMonitorOptions.FromWhenUnassigned"/> when it has neither.</summary>
    AssignedGroup = 0,

    /// <summary>The ticket's assignee; its group when it has no assignee; <see cref="SlaMonitorOptions.FromWhenUnassigned"/> when it has neither.</summary>
    Assignee = 1,
}
