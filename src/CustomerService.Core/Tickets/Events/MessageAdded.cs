using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A message was added to a ticket: a customer's message, an agent's public reply or internal note,
/// or a system message. <see cref="Message"/> says who wrote it, whether it is public, the channel,
/// the instant and any handle time.
/// </summary>
/// <remarks>
/// A message that also moves the ticket (a customer message on a Pending or Solved ticket, an agent
/// message on a New one) is followed, at the same instant, by a <see cref="TicketStatusChanged"/>.
/// </remarks>
public sealed record MessageAdded : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="message">The message; its instant is the event's.</param>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public MessageAdded(TicketId ticketId, Interaction message)
    {
        TicketId = Guard.Against.Default(ticketId);
        Message = Guard.Against.Null(message);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the message (its body is redacted in <c>ToString()</c>).</summary>
    public Interaction Message { get; }

    /// <inheritdoc />
    public Instant OccurredAt => Message.OccurredAt;
}
