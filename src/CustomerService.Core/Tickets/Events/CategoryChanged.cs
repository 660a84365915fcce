using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A ticket's category (its host-defined type, such as <c>billing</c> or <c>incident</c>) changed;
/// <see langword="null"/> means none.
/// </summary>
public sealed record CategoryChanged : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="from">The category before, or <see langword="null"/> if none.</param>
    /// <param name="to">The category after, or <see langword="null"/> if none.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentException">The id is the default value, a category is not a valid label, or the instant is not a real one.</exception>
    public CategoryChanged(TicketId ticketId, string? from, string? to, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        From = from is null ? null : TicketLabel.Normalize(from, nameof(from), "category");
        To = to is null ? null : TicketLabel.Normalize(to, nameof(to), "category");
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the category before the change, or <see langword="null"/> if none.</summary>
    public string? From { get; }

    /// <summary>Gets the category after the change, or <see langword="null"/> if none.</summary>
    public string? To { get; }

    /// <inheritdoc />
    public Instant OccurredAt { get; }
}
