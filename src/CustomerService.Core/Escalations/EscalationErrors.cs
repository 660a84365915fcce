using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// The stable codes of the escalation rules. A broken rule of <see cref="Escalation"/> or <see cref="TicketEscalations"/>
/// throws <see cref="DomainRuleViolationException"/> with one of the <c>escalation.*</c> codes; a history that cannot be
/// replayed is reported with the <c>escalation.history.*</c> codes (or, when an event breaks a rule, that rule's code);
/// <see cref="EscalationNote.TryCreate"/> reports the <c>note.*</c> codes.
/// </summary>
/// <remarks>Codes never change once shipped; messages may be reworded and never contain a note.</remarks>
public static class EscalationErrors
{
    /// <summary><c>escalation.closed</c>: the escalation is resolved, returned or cancelled, and nothing can change it.</summary>
    public const string Closed = "escalation.closed";

    /// <summary><c>escalation.already_acknowledged</c>: the escalation was acknowledged before.</summary>
    public const string AlreadyAcknowledged = "escalation.already_acknowledged";

    /// <summary><c>escalation.not_acknowledged</c>: only an acknowledged escalation can be resolved.</summary>
    public const string NotAcknowledged = "escalation.not_acknowledged";

    /// <summary><c>escalation.instant_before_last_event</c>: the instant is earlier than the escalation's last event.</summary>
    public const string InstantBeforeLastEvent = "escalation.instant_before_last_event";

    /// <summary><c>escalation.already_open</c>: the ticket already has an open escalation to the same target for the same reason.</summary>
    public const string AlreadyOpen = "escalation.already_open";

    /// <summary><c>escalation.step_already_fired</c>: an escalation was already raised for this step of the escalation policy (ticket, metric, cycle, policy, level).</summary>
    public const string StepAlreadyFired = "escalation.step_already_fired";

    /// <summary><c>escalation.notification_not_pending</c>: no notification of that policy step is pending (sent already, or none asked for).</summary>
    public const string NotificationNotPending = "escalation.notification_not_pending";

    /// <summary><c>escalation.history.empty</c>: the history has no events.</summary>
    public const string HistoryEmpty = "escalation.history.empty";

    /// <summary><c>escalation.history.null_event</c>: the history holds a <see langword="null"/> event.</summary>
    public const string HistoryNullEvent = "escalation.history.null_event";

    /// <summary><c>escalation.history.other_escalation</c>: the event belongs to another escalation.</summary>
    public const string HistoryOtherEscalation = "escalation.history.other_escalation";

    /// <summary><c>escalation.history.not_raised</c>: the history does not start with <c>EscalationRaised</c>.</summary>
    public const string HistoryNotRaised = "escalation.history.not_raised";

    /// <summary><c>escalation.history.raised_twice</c>: a second <c>EscalationRaised</c>.</summary>
    public const string HistoryRaisedTwice = "escalation.history.raised_twice";

    /// <summary><c>escalation.history.unknown_event</c>: an event type this version of the package does not know.</summary>
    public const string HistoryUnknownEvent = "escalation.history.unknown_event";

    /// <summary><c>note.empty</c>: the note is missing, empty or white space.</summary>
    public const string NoteEmpty = "note.empty";

    /// <summary><c>note.too_long</c>: the note is longer than <see cref="EscalationNote.MaxLength"/> characters.</summary>
    public const string NoteTooLong = "note.too_long";

    /// <summary><c>note.invalid_character</c>: the note holds a control character other than a line break or tab, or a broken surrogate pair.</summary>
    public const string NoteInvalidCharacter = "note.invalid_character";

    internal static DomainError EmptyNote { get; } = new(NoteEmpty, "An escalation note must not be empty.");

    internal static DomainError TooLongNote { get; } = new(
        NoteTooLong,
        string.Create(CultureInfo.InvariantCulture, $"An escalation note must not be longer than {EscalationNote.MaxLength} characters."));

    internal static DomainError InvalidCharacterInNote { get; } = new(
        NoteInvalidCharacter,
        "An escalation note must not contain control characters other than line breaks and tabs, or invalid UTF-16.");

    internal static DomainError EscalationClosed(EscalationStatus status) =>
        new(Closed, $"The escalation is {status.ToString().ToLowerInvariant()}; a closed escalation cannot change (escalate again with a new one).");

    internal static DomainError NoPendingNotification { get; } =
        new(NotificationNotPending, "The escalation has no pending notification for that policy step (it was sent already, or the step asked for none).");

    internal static DomainError Acknowledged { get; } =
        new(AlreadyAcknowledged, "The escalation was already acknowledged.");

    internal static DomainError NotYetAcknowledged { get; } =
        new(NotAcknowledged, "The escalation must be acknowledged before it is resolved.");

    internal static DomainError InstantBefore(Instant at, Instant last) =>
        new(InstantBeforeLastEvent, string.Create(CultureInfo.InvariantCulture, $"The instant {at} is earlier than the escalation's last event ({last}); instants must not go backwards."));

    internal static DomainError Duplicate(Escalation open) =>
        new(AlreadyOpen, $"Escalation {open.Id} to {open.To} for {open.Reason} is still open; a ticket has at most one open escalation per target and reason.");

    internal static DomainError Fired(EscalationKey key) =>
        new(StepAlreadyFired, $"The escalation policy step {key} was already raised; each step fires once per ticket and SLA cycle.");
}
