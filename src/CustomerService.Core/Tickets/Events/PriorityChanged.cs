using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>A ticket's priority changed from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record PriorityChanged : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="from">The priority before.</param>
    /// <param name="to">The priority after.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentException">The id is the default value, a priority is not defined, or the instant is not a real one.</exception>
    public PriorityChanged(TicketId ticketId, Priority from, Priority to, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        From = Guard.Against.EnumOutOfRange(from);
        To = Guard.Against.EnumOutOfRange(to);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the priority before the change.</summary>
    public Priority From { get; }

    /// <summary>Gets the priority after the change.</summary>
    public Priority To { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
