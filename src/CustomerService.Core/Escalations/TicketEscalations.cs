using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// One ticket's escalations, as loaded from the repository: where new escalations are raised, because the rules that
/// span them live here. A ticket can have several escalations, but not two open ones to the same target for the same
/// reason (<see cref="EscalationErrors.AlreadyOpen"/>), and each escalation policy step fires once
/// (<see cref="EscalationErrors.StepAlreadyFired"/>).
/// </summary>
/// <remarks>
/// <para>
/// The checks are pure and see only the escalations given. Two workers that load the same ticket's escalations at once
/// both pass them; the repository must make the second save fail: a unique index on <see cref="Escalation.OpenKey"/>
/// over open escalations, and one on each of <see cref="Escalation.StepKeys"/> (kept after closing), or a version on
/// the ticket's set of escalations checked at save. The loser reloads and plans again, and finds the step fired.
/// </para>
/// <para>An immutable snapshot: raising returns the new escalation; <see cref="With"/> gives the set that includes it.</para>
/// </remarks>
public sealed class TicketEscalations
{
    private readonly Escalation[] _escalations;
    private readonly HashSet<EscalationKey> _fired;

    private TicketEscalations(TicketId ticketId, Escalation[] escalations)
    {
        TicketId = ticketId;
        _escalations = escalations;
        _fired = [.. escalations.SelectMany(e => e.StepKeys)];
    }

    /// <summary>Gets the ticket.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets every escalation of the ticket, in the order given.</summary>
    public IReadOnlyList<Escalation> All => _escalations;

    /// <summary>Gets the open escalations (raised or acknowledged).</summary>
    public IEnumerable<Escalation> Open => _escalations.Where(e => e.IsOpen);

    /// <summary>Gets the escalation policy steps already fired for the ticket, open or closed: what <see cref="EscalationPolicy.Plan"/> must skip.</summary>
    public IReadOnlySet<EscalationKey> FiredSteps => _fired;

    /// <summary>The escalations of one ticket.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="escalations">Its escalations, all of them (closed ones carry fired steps).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="escalations"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value, an escalation belongs to another ticket, or one is given twice.</exception>
    public static TicketEscalations Of(TicketId ticketId, IEnumerable<Escalation> escalations)
    {
        Guard.Against.Default(ticketId);
        Guard.Against.Null(escalations);
        Escalation[] all = [.. escalations];
        foreach (var e in all)
        {
            Guard.Against.Null(e, nameof(escalations));
            if (e.TicketId != ticketId)
            {
                throw new ArgumentException($"Escalation {e.Id} belongs to another ticket.", nameof(escalations));
            }
        }

        if (all.DistinctBy(e => e.Id).Count() != all.Length)
        {
            throw new ArgumentException("An escalation is given twice.", nameof(escalations));
        }

        return new TicketEscalations(ticketId, all);
    }

    /// <summary>The set of a ticket that has no escalation yet.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <returns>The empty set.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value.</exception>
    public static TicketEscalations None(TicketId ticketId) => Of(ticketId, []);

    /// <summary>Returns the set with <paramref name="escalation"/> added (after raising it).</summary>
    /// <param name="escalation">An escalation of the same ticket, not already in the set.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentException">The escalation belongs to another ticket, or is already in the set.</exception>
    public TicketEscalations With(Escalation escalation) => Of(TicketId, [.. _escalations, Guard.Against.Null(escalation)]);

    /// <summary>Returns the open escalation to <paramref name="to"/> for <paramref name="reason"/>, if there is one.</summary>
    /// <param name="to">The target.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The open escalation, or <see langword="null"/>.</returns>
    public Escalation? OpenDuplicateOf(EscalationTarget to, EscalationReason reason)
    {
        Guard.Against.Null(to);
        return Array.Find(_escalations, e => e.IsOpen && e.Reason == reason && e.To == to);
    }

    /// <summary>Returns whether an escalation to <paramref name="to"/> for <paramref name="reason"/> may be raised: none is open.</summary>
    /// <param name="to">The target.</param>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> if no open escalation has that target and reason.</returns>
    public bool CanRaise(EscalationTarget to, EscalationReason reason) => OpenDuplicateOf(to, reason) is null;

    /// <summary>Returns whether <paramref name="step"/> may be raised: not fired yet, and no open escalation has its target and reason (then absorb it).</summary>
    /// <param name="step">The planned step.</param>
    /// <returns><see langword="true"/> if <see cref="RaiseFor"/> would succeed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    public bool CanRaise(PlannedEscalation step) => RaiseError(Guard.Against.Null(step).To, step.Reason, step) is null;

    /// <summary>Raises an escalation by hand (an agent) or for a reason of the host's (the system).</summary>
    /// <param name="id">The new escalation's id.</param>
    /// <param name="kind">Sideways to another team, or up the management line.</param>
    /// <param name="level">The level, from 1.</param>
    /// <param name="from">The team or person the ticket is with.</param>
    /// <param name="to">Whom to escalate to.</param>
    /// <param name="reason">Why.</param>
    /// <param name="raisedBy">The agent raising it; <see langword="null"/> for the system.</param>
    /// <param name="at">The instant.</param>
    /// <param name="note">What the agent writes, or <see langword="null"/>.</param>
    /// <returns>The escalation, with its <see cref="EscalationRaised"/> pending.</returns>
    /// <exception cref="ArgumentException">An id, the kind, level or reason is not set, a target is <see langword="null"/>, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="EscalationErrors.AlreadyOpen"/>.</exception>
    public Escalation Raise(
        EscalationId id,
        EscalationKind kind,
        EscalationLevel level,
        EscalationTarget from,
        EscalationTarget to,
        EscalationReason reason,
        AgentId? raisedBy,
        Instant at,
        EscalationNote? note = null)
    {
        var raised = Escalation.Validated(
            new EscalationRaised(Guard.Against.Default(id), TicketId, kind, level, from, to, reason, raisedBy, note, null, null, null, at),
            nameof(id));
        return Raise(raised, null);
    }

    /// <summary>
    /// Raises the escalation an <see cref="EscalationPolicy"/> planned, as the system, at the step's instant (the SLA
    /// fact's, not when the policy was evaluated).
    /// </summary>
    /// <param name="id">The new escalation's id.</param>
    /// <param name="step">The planned step, for this ticket.</param>
    /// <param name="from">The team or person the ticket is with.</param>
    /// <returns>The escalation, with its <see cref="EscalationRaised"/> pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> or <paramref name="from"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or the step is for another ticket.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="EscalationErrors.StepAlreadyFired"/>, or <see cref="EscalationErrors.AlreadyOpen"/> (then
    /// <see cref="Escalation.Absorb"/> the step into <see cref="OpenDuplicateOf"/>).
    /// </exception>
    public Escalation RaiseFor(EscalationId id, PlannedEscalation step, EscalationTarget from)
    {
        Guard.Against.Null(step);
        if (step.TicketId != TicketId)
        {
            throw new ArgumentException("The planned step is for another ticket.", nameof(step));
        }

        var raised = Escalation.Validated(
            new EscalationRaised(Guard.Against.Default(id), TicketId, step.Kind, step.Level, from, step.To, step.Reason, null, null, step.Fact, step.Key, step.Notification, step.At),
            nameof(step));
        return Raise(raised, step);
    }

    private Escalation Raise(EscalationRaised raised, PlannedEscalation? step)
    {
        if (RaiseError(raised.To, raised.Reason, step) is { } error)
        {
            throw new DomainRuleViolationException(error);
        }

        return Escalation.Create(raised);
    }

    private DomainError? RaiseError(EscalationTarget to, EscalationReason reason, PlannedEscalation? step) =>
        step is not null && _fired.Contains(step.Key) ? EscalationErrors.Fired(step.Key)
        : OpenDuplicateOf(to, reason) is { } open ? EscalationErrors.Duplicate(open)
        : null;
}
