using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A ticket's tags changed from the set <see cref="From"/> to the set <see cref="To"/>. Tags are
/// stored in lower case and sorted ordinally; two events are equal when their sets are.
/// </summary>
public sealed record TagsChanged : ITicketEvent
{
    private readonly ImmutableSortedSet<string> _from;
    private readonly ImmutableSortedSet<string> _to;

    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="from">Every tag before the change.</param>
    /// <param name="to">Every tag after the change.</param>
    /// <param name="occurredAt">The instant of the change.</param>
    /// <exception cref="ArgumentNullException">A set or one of its tags is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is the default value, a tag is not a valid label, or the instant is not a real one.</exception>
    public TagsChanged(TicketId ticketId, IEnumerable<string> from, IEnumerable<string> to, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        _from = TicketLabel.NormalizeAll(from, nameof(from), "tag");
        _to = TicketLabel.NormalizeAll(to, nameof(to), "tag");
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets every tag before the change, sorted.</summary>
    public IReadOnlySet<string> From => _from;

    /// <summary>Gets every tag after the change, sorted.</summary>
    public IReadOnlySet<string> To => _to;

    /// <inheritdoc />
    public Instant OccurredAt { get; }

    internal ImmutableSortedSet<string> FromSet => _from;

    internal ImmutableSortedSet<string> ToSet => _to;

    /// <summary>Compares the ticket, both tag sets and the instant.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> if both describe the same change.</returns>
    public bool Equals(TagsChanged? other) =>
        other is not null && TicketId == other.TicketId && OccurredAt == other.OccurredAt
        && _from.SetEquals(other._from) && _to.SetEquals(other._to);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TicketId, OccurredAt, _from.Count, _to.Count);

    private static StringBuilder AppendTags(StringBuilder builder, ImmutableSortedSet<string> tags) =>
        builder.Append('[').AppendJoin(", ", tags).Append(']');

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TicketId = ").Append(TicketId).Append(", From = ");
        AppendTags(builder, _from).Append(", To = ");
        AppendTags(builder, _to).Append(", OccurredAt = ").Append(OccurredAt);
        return true;
    }
}
