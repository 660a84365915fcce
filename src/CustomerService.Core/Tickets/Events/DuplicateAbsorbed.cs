using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// This ticket absorbed the duplicate ticket <see cref="DuplicateTicketId"/>: the duplicate was
/// merged into it (the duplicate's own history records <see cref="TicketMergedInto"/>).
/// </summary>
public sealed record DuplicateAbsorbed : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket that absorbed the duplicate.</param>
    /// <param name="duplicateTicketId">The duplicate; not the ticket itself.</param>
    /// <param name="occurredAt">The instant of the merge.</param>
    /// <exception cref="ArgumentException">An id is the default value, the two ids are the same, or the instant is not a real one.</exception>
    public DuplicateAbsorbed(TicketId ticketId, TicketId duplicateTicketId, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        DuplicateTicketId = OtherTicket.Require(ticketId, duplicateTicketId);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the duplicate that was merged into this ticket.</summary>
    public TicketId DuplicateTicketId { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
