using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A ticket left status <see cref="From"/> and entered status <see cref="To"/>. Every status change,
/// whatever caused it, is this one event, so the status at any instant is the <see cref="To"/> of the
/// last change at or before it (New before the first).
/// </summary>
/// <remarks>
/// Solving is <c>To == Solved</c> (each one starts a new solve cycle's end); reopening is
/// <c>From == Solved &amp;&amp; To == Open</c>; closing is <c>To == Closed</c>.
/// </remarks>
public sealed record TicketStatusChanged : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="from">The status the ticket left.</param>
    /// <param name="to">The status the ticket entered.</param>
    /// <param name="trigger">What moved it.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentException">The id is the default value, a status or the trigger is not defined, or the instant is not a real one.</exception>
    public TicketStatusChanged(TicketId ticketId, TicketStatus from, TicketStatus to, StatusChangeTrigger trigger, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        From = Guard.Against.EnumOutOfRange(from);
        To = Guard.Against.EnumOutOfRange(to);
        Trigger = Guard.Against.EnumOutOfRange(trigger);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the status the ticket left.</summary>
    public TicketStatus From { get; }

    /// <summary>Gets the status the ticket entered.</summary>
    public TicketStatus To { get; }

    /// <summary>Gets what moved the ticket.</summary>
    public StatusChangeTrigger Trigger { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
