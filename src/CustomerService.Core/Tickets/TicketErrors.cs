using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <summary>
/// The stable codes of the ticket rules. A broken rule throws <see cref="DomainRuleViolationException"/>
/// with one of the first group of codes; a history that cannot be replayed is reported with one of the
/// <c>ticket.history.*</c> codes (or, when an event breaks a rule, that rule's code).
/// </summary>
/// <remarks>Codes never change once shipped; messages may be reworded and never contain personal data.</remarks>
public static class TicketErrors
{
    /// <summary><c>ticket.closed</c>: the ticket is closed and nothing can change it.</summary>
    public const string Closed = "ticket.closed";

    /// <summary><c>ticket.illegal_transition</c>: the lifecycle has no move from the ticket's status to the one asked for.</summary>
    public const string IllegalTransition = "ticket.illegal_transition";

    /// <summary><c>ticket.status_unchanged</c>: the ticket already has the status asked for.</summary>
    public const string StatusUnchanged = "ticket.status_unchanged";

    /// <summary><c>ticket.not_solved</c>: only a solved ticket can be reopened or closed.</summary>
    public const string NotSolved = "ticket.not_solved";

    /// <summary><c>ticket.instant_before_last_event</c>: the instant is earlier than the last event in the ticket's history.</summary>
    public const string InstantBeforeLastEvent = "ticket.instant_before_last_event";

    /// <summary><c>ticket.merge_into_self</c>: a ticket cannot be merged into, or absorb, itself.</summary>
    public const string MergeIntoSelf = "ticket.merge_into_self";

    /// <summary><c>ticket.history.empty</c>: the history has no events.</summary>
    public const string HistoryEmpty = "ticket.history.empty";

    /// <summary><c>ticket.history.null_event</c>: the history holds a <see langword="null"/> event.</summary>
    public const string HistoryNullEvent = "ticket.history.null_event";

    /// <summary><c>ticket.history.other_ticket</c>: the event belongs to another ticket.</summary>
    public const string HistoryOtherTicket = "ticket.history.other_ticket";

    /// <summary><c>ticket.history.not_opened</c>: the event comes before the ticket was opened (the history must start with <c>TicketOpened</c>).</summary>
    public const string HistoryNotOpened = "ticket.history.not_opened";

    /// <summary><c>ticket.history.opened_twice</c>: a second <c>TicketOpened</c>.</summary>
    public const string HistoryOpenedTwice = "ticket.history.opened_twice";

    /// <summary><c>ticket.history.unknown_event</c>: an event type this version of the package does not know.</summary>
    public const string HistoryUnknownEvent = "ticket.history.unknown_event";

    /// <summary><c>ticket.history.state_mismatch</c>: the event's "from" side (status, priority, assignment, tags, field, category) is not the ticket's state at that point.</summary>
    public const string HistoryStateMismatch = "ticket.history.state_mismatch";

    internal static DomainError TicketClosed { get; } =
        new(Closed, "The ticket is closed; a closed ticket cannot change (a follow-up is a new ticket).");

    internal static DomainError MergedIntoSelf { get; } =
        new(MergeIntoSelf, "A ticket cannot be merged into itself.");

    internal static DomainError Illegal(TicketStatus from, TicketStatus to) =>
        new(IllegalTransition, $"A ticket cannot move from {from} to {to}.");

    internal static DomainError Unchanged(TicketStatus status) =>
        new(StatusUnchanged, $"The ticket is already {status}.");

    internal static DomainError NotSolvedFor(string verb, TicketStatus status) =>
        new(NotSolved, $"Only a solved ticket can be {verb}; this one is {status}.");

    internal static DomainError InstantBefore(Instant at, Instant last) =>
        new(InstantBeforeLastEvent, string.Create(CultureInfo.InvariantCulture, $"The instant {at} is earlier than the ticket's last event ({last}); instants must not go backwards."));
}
