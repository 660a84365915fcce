using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A ticket's assignment changed: the agent, the group, or both. Carries the agent and group before
/// and after, so a reader knows the assignment at any instant from the last change alone.
/// </summary>
public sealed record AssignmentChanged : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="fromAgent">The agent before, or <see langword="null"/> if none.</param>
    /// <param name="fromGroup">The group before, or <see langword="null"/> if none.</param>
    /// <param name="toAgent">The agent after, or <see langword="null"/> if none.</param>
    /// <param name="toGroup">The group after, or <see langword="null"/> if none.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentException">An id is the default value, or the instant is not a real one.</exception>
    public AssignmentChanged(TicketId ticketId, AgentId? fromAgent, GroupId? fromGroup, AgentId? toAgent, GroupId? toGroup, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        FromAgent = Guard.Against.DefaultWhenPresent(fromAgent);
        FromGroup = Guard.Against.DefaultWhenPresent(fromGroup);
        ToAgent = Guard.Against.DefaultWhenPresent(toAgent);
        ToGroup = Guard.Against.DefaultWhenPresent(toGroup);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the agent before the change, or <see langword="null"/> if none.</summary>
    public AgentId? FromAgent { get; }

    /// <summary>Gets the group before the change, or <see langword="null"/> if none.</summary>
    public GroupId? FromGroup { get; }

    /// <summary>Gets the agent after the change, or <see langword="null"/> if none.</summary>
    public AgentId? ToAgent { get; }

    /// <summary>Gets the group after the change, or <see langword="null"/> if none.</summary>
    public GroupId? ToGroup { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
