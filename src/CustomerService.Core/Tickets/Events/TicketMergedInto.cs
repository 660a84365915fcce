using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// This ticket, a duplicate, was merged into the ticket <see cref="TargetTicketId"/>. It keeps its
/// history and is closed: a <see cref="TicketStatusChanged"/> to Closed (trigger
/// <see cref="StatusChangeTrigger.Merge"/>) follows at the same instant.
/// </summary>
public sealed record TicketMergedInto : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The duplicate ticket.</param>
    /// <param name="targetTicketId">The ticket it was merged into; not the duplicate itself.</param>
    /// <param name="occurredAt">The instant of the merge.</param>
    /// <exception cref="ArgumentException">An id is the default value, the two ids are the same, or the instant is not a real one.</exception>
    public TicketMergedInto(TicketId ticketId, TicketId targetTicketId, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        TargetTicketId = OtherTicket.Require(ticketId, targetTicketId);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the ticket this one was merged into.</summary>
    public TicketId TargetTicketId { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
