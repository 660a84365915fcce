using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A custom field of a ticket was set, changed or removed: <see cref="From"/> is <see langword="null"/>
/// when the field was not set before, <see cref="To"/> is <see langword="null"/> when it was removed.
/// </summary>
public sealed record CustomFieldChanged : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="key">The field's key, a label (stored in lower case).</param>
    /// <param name="from">The value before, or <see langword="null"/> if it was not set.</param>
    /// <param name="to">The value after, or <see langword="null"/> if it was removed.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is the default value, the key is not a valid label, or the instant is not a real one.</exception>
    public CustomFieldChanged(TicketId ticketId, string key, CustomFieldValue? from, CustomFieldValue? to, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        Key = TicketLabel.Normalize(key, nameof(key), "custom field key");
        From = from;
        To = to;
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the field's key.</summary>
    public string Key { get; }

    /// <summary>Gets the value before the change, or <see langword="null"/> if the field was not set.</summary>
    public CustomFieldValue? From { get; }

    /// <summary>Gets the value after the change, or <see langword="null"/> if the field was removed.</summary>
    public CustomFieldValue? To { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
