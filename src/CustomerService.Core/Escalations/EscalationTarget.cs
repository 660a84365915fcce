using System;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Escalations;

/// <summary>
/// Who an escalation comes from or goes to: a group (<see cref="Group"/>), an agent (<see cref="Agent"/>), or a named
/// role (<see cref="Role"/>) such as <see cref="TeamLead"/> that the host resolves when it routes the escalation. Two
/// targets are equal when they name the same thing; a role is never equal to the person who holds it.
/// </summary>
/// <remarks>
/// Roles are names from the package's slug rule (1 to 64 lower-case ASCII letters, digits, <c>-</c>, <c>_</c>), so
/// they cannot hold e-mail addresses or people's names, and a target is safe in logs.
/// </remarks>
public sealed record EscalationTarget
{
    private EscalationTarget(EscalationTargetKind kind, GroupId? groupId, AgentId? agentId, string? roleName)
    {
        Kind = kind;
        GroupId = groupId;
        AgentId = agentId;
        RoleName = roleName;
    }

    /// <summary>Gets the role of whoever the ticket is assigned to when the escalation is routed: <c>assignee</c>.</summary>
    public static EscalationTarget Assignee { get; } = Role("assignee");

    /// <summary>Gets the role of the lead of the ticket's team: <c>team-lead</c>.</summary>
    public static EscalationTarget TeamLead { get; } = Role("team-lead");

    /// <summary>Gets the role of the team's manager: <c>manager</c>.</summary>
    public static EscalationTarget Manager { get; } = Role("manager");

    /// <summary>Gets the role of the department's director: <c>director</c>.</summary>
    public static EscalationTarget Director { get; } = Role("director");

    /// <summary>Gets what the target names.</summary>
    public EscalationTargetKind Kind { get; }

    /// <summary>Gets the group, for a group target; otherwise <see langword="null"/>.</summary>
    public GroupId? GroupId { get; }

    /// <summary>Gets the agent, for an agent target; otherwise <see langword="null"/>.</summary>
    public AgentId? AgentId { get; }

    /// <summary>Gets the role's name, for a role target; otherwise <see langword="null"/>.</summary>
    public string? RoleName { get; }

    /// <summary>A group of agents: a team or department.</summary>
    /// <param name="groupId">The group.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is the default value.</exception>
    public static EscalationTarget Group(GroupId groupId) =>
        new(EscalationTargetKind.Group, Guard.Against.Default(groupId), null, null);

    /// <summary>One agent.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is the default value.</exception>
    public static EscalationTarget Agent(AgentId agentId) =>
        new(EscalationTargetKind.Agent, null, Guard.Against.Default(agentId), null);

    /// <summary>A named role the host resolves when it routes the escalation.</summary>
    /// <param name="name">The role's name: 1 to 64 lower-case ASCII letters, digits, <c>-</c> or <c>_</c>, starting with a letter.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> does not follow the rule; the message names the rule, not the text.</exception>
    public static EscalationTarget Role(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Slug.IsValid(name)
            ? new(EscalationTargetKind.Role, null, null, name)
            : throw new ArgumentException($"A role name is {Slug.Rule}.", nameof(name));
    }

    /// <summary>Returns <c>group 3f2504e0-...</c>, <c>agent 3f2504e0-...</c> or <c>role team-lead</c>.</summary>
    /// <returns>The target as text; never personal data.</returns>
    public override string ToString() => Kind switch
    {
        EscalationTargetKind.Group => $"group {GroupId}",
        EscalationTargetKind.Agent => $"agent {AgentId}",
        _ => $"role {RoleName}",
    };
}
