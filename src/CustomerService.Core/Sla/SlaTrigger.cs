using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla;

/// <summary>
/// A predicate over one ticket event: the building block of an <see cref="SlaMetric"/>'s start, pause,
/// resume, stop, reset and cancel conditions.
/// </summary>
/// <remarks>
/// Triggers are immutable values. Make them with the static factories and narrow them with
/// <see cref="OnTicketsOpenedBy"/> and <see cref="OnlyAfterFirstReply"/>; the built-in metrics are written
/// with exactly these (see <see cref="SlaMetric.FirstReply"/>).
/// </remarks>
public sealed class SlaTrigger : IEquatable<SlaTrigger>
{
    private readonly TicketStatus[] _statuses;

    private SlaTrigger(
        SlaTriggerKind kind,
        AuthorKind? author = null,
        bool? isPublic = null,
        TicketStatus[]? statuses = null,
        string? fieldKey = null,
        AuthorKind? openedBy = null,
        bool afterFirstReply = false)
    {
        Kind = kind;
        Author = author;
        IsPublic = isPublic;
        _statuses = statuses ?? [];
        FieldKey = fieldKey;
        OpenedBy = openedBy;
        AfterFirstReply = afterFirstReply;
        StatusMask = _statuses.Aggregate(0, (mask, s) => mask | (1 << (int)s));
    }

    /// <summary>Gets the kind of event this trigger reacts to.</summary>
    public SlaTriggerKind Kind { get; }

    /// <summary>Gets the message author required, for <see cref="SlaTriggerKind.MessageAdded"/>; <see langword="null"/> for any.</summary>
    public AuthorKind? Author { get; }

    /// <summary>Gets the message visibility required, for <see cref="SlaTriggerKind.MessageAdded"/>; <see langword="null"/> for any.</summary>
    public bool? IsPublic { get; }

    /// <summary>Gets the statuses, for <see cref="SlaTriggerKind.StatusEntered"/> and <see cref="SlaTriggerKind.StatusLeft"/>.</summary>
    public IReadOnlyList<TicketStatus> Statuses => _statuses;

    /// <summary>Gets the custom field key, for <see cref="SlaTriggerKind.CustomFieldChanged"/>; <see langword="null"/> for any field.</summary>
    public string? FieldKey { get; }

    /// <summary>Gets who must have opened the ticket for the trigger to fire; <see langword="null"/> for anyone.</summary>
    public AuthorKind? OpenedBy { get; }

    /// <summary>Gets a value indicating whether the trigger fires only once the ticket has had a public agent reply.</summary>
    public bool AfterFirstReply { get; }

    internal int StatusMask { get; }

    /// <summary>The ticket was opened.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger TicketOpened() => new(SlaTriggerKind.TicketOpened);

    /// <summary>A message was added.</summary>
    /// <param name="author">The author required; <see langword="null"/> for any.</param>
    /// <param name="isPublic">The visibility required; <see langword="null"/> for any.</param>
    /// <returns>The trigger.</returns>
    public static SlaTrigger MessageAdded(AuthorKind? author = null, bool? isPublic = null)
    {
        if (author is AuthorKind a)
        {
            Guard.Against.EnumOutOfRange(a, nameof(author));
        }

        return new(SlaTriggerKind.MessageAdded, author: author, isPublic: isPublic);
    }

    /// <summary>A public reply by an agent: what stops the reply metrics. Internal notes and system messages do not match.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger PublicAgentReply() => MessageAdded(AuthorKind.Agent, isPublic: true);

    /// <summary>A message from the customer.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger CustomerMessage() => MessageAdded(AuthorKind.Customer);

    /// <summary>The first public message of the ticket by the customer or an agent; automated (system) messages do not count.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger FirstPublicMessage() => new(SlaTriggerKind.FirstPublicMessage);

    /// <summary>The status changed into one of <paramref name="statuses"/>.</summary>
    /// <param name="statuses">The statuses; at least one.</param>
    /// <returns>The trigger.</returns>
    public static SlaTrigger StatusEntered(params TicketStatus[] statuses) => new(SlaTriggerKind.StatusEntered, statuses: Checked(statuses));

    /// <summary>The status changed out of one of <paramref name="statuses"/> into a status outside them.</summary>
    /// <param name="statuses">The statuses; at least one.</param>
    /// <returns>The trigger.</returns>
    public static SlaTrigger StatusLeft(params TicketStatus[] statuses) => new(SlaTriggerKind.StatusLeft, statuses: Checked(statuses));

    /// <summary>The ticket was reopened: its status changed from Solved to anything but Closed.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger Reopened() => new(SlaTriggerKind.Reopened);

    /// <summary>The status changed into one of the policy's pause statuses (<see cref="SlaPolicy.PauseStatuses"/>).</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger PolicyPauseEntered() => new(SlaTriggerKind.PolicyPauseEntered);

    /// <summary>The status changed out of the policy's pause statuses into a status outside them.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger PolicyPauseLeft() => new(SlaTriggerKind.PolicyPauseLeft);

    /// <summary>The priority changed.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger PriorityChanged() => new(SlaTriggerKind.PriorityChanged);

    /// <summary>The ticket moved to another group.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger GroupAssigned() => new(SlaTriggerKind.GroupAssigned);

    /// <summary>A custom field was set or removed.</summary>
    /// <param name="key">The field; <see langword="null"/> for any field.</param>
    /// <returns>The trigger.</returns>
    public static SlaTrigger CustomFieldChanged(string? key = null)
    {
        if (key is not null)
        {
            Guard.Against.NullOrWhiteSpace(key);
        }

        return new(SlaTriggerKind.CustomFieldChanged, fieldKey: key);
    }

    /// <summary>The ticket was merged into another ticket.</summary>
    /// <returns>The trigger.</returns>
    public static SlaTrigger MergedIntoAnother() => new(SlaTriggerKind.MergedIntoAnother);

    /// <summary>Narrows this trigger to tickets opened by <paramref name="openedBy"/>.</summary>
    /// <param name="openedBy">Who opened the ticket: the customer or an agent.</param>
    /// <returns>A new trigger.</returns>
    public SlaTrigger OnTicketsOpenedBy(AuthorKind openedBy)
    {
        Guard.Against.EnumOutOfRange(openedBy);
        return new(Kind, Author, IsPublic, _statuses, FieldKey, openedBy, AfterFirstReply);
    }

    /// <summary>Narrows this trigger to events after the ticket's first public agent reply.</summary>
    /// <returns>A new trigger.</returns>
    public SlaTrigger OnlyAfterFirstReply() => new(Kind, Author, IsPublic, _statuses, FieldKey, OpenedBy, afterFirstReply: true);

    /// <inheritdoc/>
    public bool Equals(SlaTrigger? other) =>
        other is not null
        && Kind == other.Kind
        && Author == other.Author
        && IsPublic == other.IsPublic
        && StatusMask == other.StatusMask
        && FieldKey == other.FieldKey
        && OpenedBy == other.OpenedBy
        && AfterFirstReply == other.AfterFirstReply;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaTrigger);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Author, IsPublic, StatusMask, FieldKey, OpenedBy, AfterFirstReply);

    /// <summary>A short description, such as <c>status-entered(Solved,Closed)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = Kind switch
        {
            SlaTriggerKind.MessageAdded => $"message({Author?.ToString() ?? "any"},{(IsPublic is bool p ? (p ? "public" : "internal") : "any")})",
            SlaTriggerKind.StatusEntered or SlaTriggerKind.StatusLeft => $"{Kind}({string.Join(",", _statuses)})",
            SlaTriggerKind.CustomFieldChanged when FieldKey is not null => $"{Kind}({FieldKey})",
            _ => Kind.ToString(),
        };
        if (OpenedBy is AuthorKind by)
        {
            text += $" on tickets opened by {by}";
        }

        return AfterFirstReply ? text + " after the first reply" : text;
    }

    private static TicketStatus[] Checked(TicketStatus[] statuses)
    {
        Guard.Against.NullOrEmpty(statuses);
        foreach (var status in statuses)
        {
            Guard.Against.EnumOutOfRange(status, nameof(statuses));
        }

        return [.. statuses.Distinct().Order()];
    }
}
