namespace CustomerService.Core.Escalations;

/// <summary>What an <see cref="EscalationTarget"/> names.</summary>
public enum EscalationTargetKind
{
    /// <summary>A group of agents (a team or department), by id.</summary>
    Group = 1,

    /// <summary>One agent, by id.</summary>
    Agent = 2,

    /// <summary>A role the host resolves to a person or group when it routes the escalation (<c>team-lead</c>, <c>manager</c>).</summary>
    Role = 3,
}
