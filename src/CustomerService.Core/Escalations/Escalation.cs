using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Escalations.Rules;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// A ticket escalated to another team (<see cref="EscalationKind.Functional"/>) or up the management line
/// (<see cref="EscalationKind.Hierarchical"/>): by whom, to whom, at which level, why, and how it went. Its lifecycle
/// is <c>Raised -&gt; Acknowledged -&gt; Resolved</c>, or <c>Returned</c> to the sender with a note, or <c>Cancelled</c>;
/// the last three are final.
/// </summary>
/// <remarks>
/// <para>
/// Raise one through <see cref="TicketEscalations"/>, which checks the rule that spans a ticket's escalations (at most
/// one open escalation per target and reason) and that each escalation policy step fires once. Commands take the
/// instant at which the thing happened, never earlier than the last event
/// (<see cref="EscalationErrors.InstantBeforeLastEvent"/>); a command the lifecycle forbids throws
/// <see cref="DomainRuleViolationException"/> and leaves the escalation unchanged, and each has a <c>Can...</c> query.
/// </para>
/// <para>
/// Notes are personal data: <see cref="ToString"/>, exception messages and events' <c>ToString()</c> never show them.
/// </para>
/// </remarks>
public sealed partial class Escalation : AggregateRoot<EscalationId>
{
    private readonly List<IEscalationEvent> _history = [];
    private readonly List<EscalationKey> _stepKeys = [];
    private readonly List<PendingEscalationNotification> _pendingNotifications = [];

    private Escalation(EscalationRaised raised)
        : base(raised.EscalationId)
    {
        TicketId = raised.TicketId;
        Kind = raised.Kind;
        Level = raised.Level;
        From = raised.From;
        To = raised.To;
        Reason = raised.Reason;
        RaisedBy = raised.RaisedBy;
        Note = raised.Note;
        SlaFact = raised.SlaFact;
        Notification = raised.Notification;
        RaisedAt = raised.OccurredAt;
        LastChangedAt = raised.OccurredAt;
        if (raised.StepKey is { } key)
        {
            AddStep(key, raised.Notification);
        }

        _history.Add(raised);
        History = _history.AsReadOnly();
        StepKeys = _stepKeys.AsReadOnly();
        PendingNotifications = _pendingNotifications.AsReadOnly();
    }

    /// <summary>Gets the ticket escalated.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets whether it goes sideways to another team or up the management line.</summary>
    public EscalationKind Kind { get; }

    /// <summary>Gets the level, from 1.</summary>
    public EscalationLevel Level { get; }

    /// <summary>Gets who escalated: the team or person the ticket was with.</summary>
    public EscalationTarget From { get; }

    /// <summary>Gets who the ticket was escalated to.</summary>
    public EscalationTarget To { get; }

    /// <summary>Gets why.</summary>
    public EscalationReason Reason { get; }

    /// <summary>Gets the agent who raised it; <see langword="null"/> when the system did.</summary>
    public AgentId? RaisedBy { get; }

    /// <summary>Gets a value indicating whether the system (the SLA monitor) raised it rather than an agent.</summary>
    public bool IsRaisedBySystem => RaisedBy is null;

    /// <summary>Gets what the agent wrote when raising it; <see langword="null"/> for nothing. Personal data.</summary>
    public EscalationNote? Note { get; }

    /// <summary>Gets the SLA warning or breach it answers, for one an escalation policy asked for; otherwise <see langword="null"/>.</summary>
    public SlaFact? SlaFact { get; }

    /// <summary>Gets whom to notify and how, for one an escalation policy asked for; otherwise <see langword="null"/>.</summary>
    public EscalationNotification? Notification { get; }

    /// <summary>
    /// Gets the escalation policy steps it stands for: the one it was raised for, then any absorbed (<see cref="Absorb"/>).
    /// Empty for one raised by hand.
    /// </summary>
    public IReadOnlyList<EscalationKey> StepKeys { get; }

    /// <summary>
    /// Gets the notifications its policy steps asked for that are not sent yet, oldest first: the SLA monitor sends
    /// them and records each with <see cref="RecordNotificationSent"/>; a failed send leaves it here for the next run.
    /// </summary>
    public IReadOnlyList<PendingEscalationNotification> PendingNotifications { get; }

    /// <summary>Gets the instant it was raised.</summary>
    public Instant RaisedAt { get; }

    /// <summary>Gets where it stands.</summary>
    public EscalationStatus Status { get; private set; }

    /// <summary>Gets a value indicating whether it is open: raised or acknowledged, not yet resolved, returned or cancelled.</summary>
    public bool IsOpen => EscalationLifecycle.IsOpen(Status);

    /// <summary>Gets the key that is unique among the ticket's open escalations; <see langword="null"/> once closed.</summary>
    public OpenEscalationKey? OpenKey => IsOpen ? new OpenEscalationKey(TicketId, To, Reason) : null;

    /// <summary>Gets the instant it was acknowledged; <see langword="null"/> if it was not.</summary>
    public Instant? AcknowledgedAt { get; private set; }

    /// <summary>Gets the agent who acknowledged it; <see langword="null"/> if it was not acknowledged.</summary>
    public AgentId? AcknowledgedBy { get; private set; }

    /// <summary>Gets the instant it was resolved, returned or cancelled; <see langword="null"/> while open.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets what was written when it was resolved, returned or cancelled; <see langword="null"/> for nothing. Personal data.</summary>
    public EscalationNote? ClosingNote { get; private set; }

    /// <summary>Gets the instant of the last event in <see cref="History"/>; commands must not be earlier.</summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>Gets every event since it was raised, in order. Unlike <see cref="AggregateRoot{TId}.DomainEvents"/>, it is never dequeued.</summary>
    public IReadOnlyList<IEscalationEvent> History { get; }

    /// <summary>Gets the physical time from raising to acknowledging; <see langword="null"/> until acknowledged.</summary>
    public Duration? TimeToAcknowledge => AcknowledgedAt - RaisedAt;

    /// <summary>Returns the open time of <paramref name="calendar"/> from raising to acknowledging: business time to acknowledge.</summary>
    /// <param name="calendar">The calendar of the team it was escalated to (<see cref="BusinessCalendar.AlwaysOpen"/> for calendar time).</param>
    /// <returns>The business time to acknowledge; <see langword="null"/> until acknowledged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public Duration? BusinessTimeToAcknowledge(BusinessCalendar calendar)
    {
        Guard.Against.Null(calendar);
        return AcknowledgedAt is { } at ? calendar.Between(RaisedAt, at) : null;
    }

    /// <summary>
    /// Measures the time to acknowledge against an OLA target at <paramref name="now"/>: counted on
    /// <paramref name="calendar"/> for a business-hours target, 24/7 for a calendar-hours one.
    /// </summary>
    /// <param name="target">The OLA target; its duration and hours mode are used.</param>
    /// <param name="calendar">The calendar of the team it was escalated to.</param>
    /// <param name="now">The evaluation instant; what happened after it is ignored.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The target's duration is not positive, or <paramref name="now"/> is before <see cref="RaisedAt"/> or not a real instant.</exception>
    public AcknowledgementProgress MeasureAcknowledgement(SlaTarget target, BusinessCalendar calendar, Instant now)
    {
        Guard.Against.Null(target);
        return MeasureAcknowledgement(target.Duration, target.HoursMode == SlaHoursMode.Business ? Guard.Against.Null(calendar) : BusinessCalendar.AlwaysOpen, now);
    }

    /// <summary>Measures the time to acknowledge against a target of <paramref name="target"/> open time of <paramref name="calendar"/>, at <paramref name="now"/>.</summary>
    /// <param name="target">How long acknowledging may take, in open time of <paramref name="calendar"/>.</param>
    /// <param name="calendar">The calendar it is counted on (<see cref="BusinessCalendar.AlwaysOpen"/> for 24/7).</param>
    /// <param name="now">The evaluation instant; what happened after it is ignored.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not positive, or <paramref name="now"/> is before <see cref="RaisedAt"/> or not a real instant.</exception>
    public AcknowledgementProgress MeasureAcknowledgement(Duration target, BusinessCalendar calendar, Instant now)
    {
        Guard.Against.NegativeOrZero(target);
        Guard.Against.Null(calendar);
        Guard.Against.OutOfEventRange(now);
        Guard.Against.Reversed(RaisedAt, now, nameof(now));
        var acknowledged = AcknowledgedAt is { } a && a <= now ? a : (Instant?)null;
        var closed = ClosedAt is { } c && c <= now ? c : (Instant?)null;
        var elapsed = calendar.Between(RaisedAt, acknowledged ?? closed ?? now);
        var dueAt = calendar.Add(RaisedAt, target);
        var stage = elapsed > target ? SlaStage.Breached
            : acknowledged is not null ? SlaStage.Achieved
            : closed is not null ? SlaStage.Cancelled
            : SlaStage.Running;
        return new AcknowledgementProgress(stage, target, elapsed, dueAt, calendar.NextOpening(dueAt));
    }

    /// <summary>Returns whether <see cref="Acknowledge"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if the escalation is raised and not yet acknowledged, and <paramref name="at"/> is not before its last event.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanAcknowledge(Instant at) => Check(EscalationVerb.Acknowledge, at) is null;

    /// <summary>The receiving team or person takes the escalation: its time to acknowledge ends.</summary>
    /// <param name="acknowledgedBy">The agent who takes it.</param>
    /// <param name="at">The instant.</param>
    /// <exception cref="ArgumentException"><paramref name="acknowledgedBy"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.AlreadyAcknowledged"/>, <see cref="EscalationErrors.Closed"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void Acknowledge(AgentId acknowledgedBy, Instant at)
    {
        Guard.Against.Default(acknowledgedBy);
        Require(EscalationVerb.Acknowledge, at);
        Record(new EscalationAcknowledged(Id, acknowledgedBy, at));
    }

    /// <summary>Returns whether <see cref="Resolve"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if the escalation is acknowledged and <paramref name="at"/> is not before its last event.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanResolve(Instant at) => Check(EscalationVerb.Resolve, at) is null;

    /// <summary>The receiving team or person has dealt with the escalation. Final.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="note">What they write, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.NotAcknowledged"/>, <see cref="EscalationErrors.Closed"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void Resolve(Instant at, EscalationNote? note = null)
    {
        Require(EscalationVerb.Resolve, at);
        Record(new EscalationResolved(Id, note, at));
    }

    /// <summary>Returns whether <see cref="Return"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if the escalation is open and <paramref name="at"/> is not before its last event.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanReturn(Instant at) => Check(EscalationVerb.Return, at) is null;

    /// <summary>The receiving team or person sends the escalation back to its sender, saying why (wrong team, missing information). Final.</summary>
    /// <param name="note">Why it is sent back.</param>
    /// <param name="at">The instant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.Closed"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void Return(EscalationNote note, Instant at)
    {
        Guard.Against.Null(note);
        Require(EscalationVerb.Return, at);
        Record(new EscalationReturned(Id, note, at));
    }

    /// <summary>Returns whether <see cref="Cancel"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if the escalation is open and <paramref name="at"/> is not before its last event.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanCancel(Instant at) => Check(EscalationVerb.Cancel, at) is null;

    /// <summary>Withdraws the escalation (the sender changed their mind, or the ticket was solved meanwhile). Final.</summary>
    /// <param name="at">The instant.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.Closed"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void Cancel(Instant at, EscalationNote? note = null)
    {
        Require(EscalationVerb.Cancel, at);
        Record(new EscalationCancelled(Id, note, at));
    }

    /// <summary>Returns whether <see cref="Absorb"/> of <paramref name="step"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="step">The planned step.</param>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if the escalation is open and <paramref name="at"/> is not before its last event (or it already stands for the step).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The step is for another ticket, target or reason, or <paramref name="at"/> is not a real instant.</exception>
    public bool CanAbsorb(PlannedEscalation step, Instant at) => AbsorbError(step, at) is null;

    /// <summary>
    /// Counts a planned escalation policy step as fired by this open escalation to the same target for the same reason,
    /// instead of raising a second one (which the ticket's rule forbids): the step joins <see cref="StepKeys"/>, so it
    /// fires once and the levels after it can follow. A step it already stands for records nothing.
    /// </summary>
    /// <param name="step">The planned step (same ticket, target and reason).</param>
    /// <param name="at">The instant: when the step was handled (the monitor's now), not before the last event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The step is for another ticket, target or reason, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.Closed"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void Absorb(PlannedEscalation step, Instant at)
    {
        ThrowIfBroken(AbsorbError(step, at));
        if (!_stepKeys.Contains(step.Key))
        {
            Record(new EscalationStepAbsorbed(Id, step.Key, step.Fact, step.Notification, at));
        }
    }

    /// <summary>Returns whether <see cref="RecordNotificationSent"/> of <paramref name="stepKey"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="stepKey">The policy step whose notification was sent.</param>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> if that notification is pending and <paramref name="at"/> is not before the last event.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanRecordNotificationSent(EscalationKey stepKey, Instant at) => NotificationSentError(stepKey, at) is null;

    /// <summary>
    /// Records that the pending notification of a policy step was handed to the channel, whatever the escalation's
    /// status (a notification asked for before the escalation closed is still owed).
    /// </summary>
    /// <param name="stepKey">The policy step whose notification was sent.</param>
    /// <param name="at">The instant the channel accepted it, not before the last event.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.NotificationNotPending"/> or <see cref="EscalationErrors.InstantBeforeLastEvent"/>.</exception>
    public void RecordNotificationSent(EscalationKey stepKey, Instant at)
    {
        ThrowIfBroken(NotificationSentError(stepKey, at));
        Record(new EscalationNotificationSent(Id, stepKey, at));
    }

    /// <summary>Describes the escalation for logs, without notes.</summary>
    /// <returns>For example <c>Escalation 3f2504e0-... (L2 Hierarchical to role manager, SlaBreach, Acknowledged, version 2)</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Escalation {Id} ({Level} {Kind} to {To}, {Reason}, {Status}, version {Version})");

    /// <summary>Raises an escalation from a checked event (see <see cref="TicketEscalations"/>).</summary>
    internal static Escalation Create(EscalationRaised raised)
    {
        var escalation = new Escalation(raised);
        escalation.Raise(raised);
        return escalation;
    }

    private static void ThrowIfBroken(DomainError? error)
    {
        if (error is not null)
        {
            throw new DomainRuleViolationException(error);
        }
    }

    private DomainError? AbsorbError(PlannedEscalation step, Instant at)
    {
        Guard.Against.Null(step);
        if (step.TicketId != TicketId || step.To != To || step.Reason != Reason)
        {
            throw new ArgumentException("Only a step for the same ticket, target and reason can be absorbed.", nameof(step));
        }

        return _stepKeys.Contains(step.Key) ? null : Check(EscalationVerb.Absorb, at);
    }

    private DomainError? NotificationSentError(EscalationKey stepKey, Instant at)
    {
        Guard.Against.OutOfEventRange(at);
        return _pendingNotifications.Exists(p => p.StepKey == stepKey) ? InstantError(at) : EscalationErrors.NoPendingNotification;
    }

    private void AddStep(EscalationKey key, EscalationNotification? notification)
    {
        _stepKeys.Add(key);
        if (notification is not null)
        {
            _pendingNotifications.Add(new PendingEscalationNotification(key, notification));
        }
    }

    private DomainError? Check(EscalationVerb verb, Instant at)
    {
        Guard.Against.OutOfEventRange(at);
        return EscalationLifecycle.Decide(Status, verb).Error ?? InstantError(at);
    }

    private DomainError? InstantError(Instant at) => at < LastChangedAt ? EscalationErrors.InstantBefore(at, LastChangedAt) : null;

    private void Require(EscalationVerb verb, Instant at) => ThrowIfBroken(Check(verb, at));

    /// <summary>Records an accepted event: applies it, keeps it in the history and raises it for the host.</summary>
    private void Record(IEscalationEvent e)
    {
        Apply(e);
        _history.Add(e);
        Raise(e);
    }

    /// <summary>Changes the state as the event says; the one place state changes after raising.</summary>
    private void Apply(IEscalationEvent e)
    {
        switch (e)
        {
            case EscalationAcknowledged a:
                AcknowledgedAt = a.OccurredAt;
                AcknowledgedBy = a.AcknowledgedBy;
                break;
            case EscalationResolved r:
                Close(r.Note, r.OccurredAt);
                break;
            case EscalationReturned r:
                Close(r.Note, r.OccurredAt);
                break;
            case EscalationCancelled c:
                Close(c.Note, c.OccurredAt);
                break;
            case EscalationStepAbsorbed s:
                AddStep(s.StepKey, s.Notification);
                break;
            case EscalationNotificationSent n:
                _pendingNotifications.RemoveAll(p => p.StepKey == n.StepKey);
                LastChangedAt = e.OccurredAt;
                return;
        }

        Status = EscalationLifecycle.Decide(Status, VerbOf(e)).Next ?? Status;
        LastChangedAt = e.OccurredAt;
    }

    private void Close(EscalationNote? note, Instant at)
    {
        ClosingNote = note;
        ClosedAt = at;
    }

    /// <summary>The lifecycle row of a recorded event other than <see cref="EscalationRaised"/>.</summary>
    private static EscalationVerb VerbOf(IEscalationEvent e) => e switch
    {
        EscalationAcknowledged => EscalationVerb.Acknowledge,
        EscalationResolved => EscalationVerb.Resolve,
        EscalationReturned => EscalationVerb.Return,
        EscalationCancelled => EscalationVerb.Cancel,
        EscalationStepAbsorbed => EscalationVerb.Absorb,
        _ => throw new ArgumentException($"{e.GetType().Name} is not an escalation command's event.", nameof(e)),
    };
}
