using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Escalations.Rules;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;

namespace CustomerService.Core.Escalations;

/// <content>Rebuilding an escalation from the history it recorded.</content>
public sealed partial class Escalation
{
    /// <summary>
    /// Rebuilds an escalation from the history it recorded (as a repository stores it): the same state, the same
    /// <see cref="History"/>, <see cref="AggregateRoot{TId}.Version"/> equal to the number of events, and no pending
    /// <see cref="AggregateRoot{TId}.DomainEvents"/>.
    /// </summary>
    /// <param name="escalationId">The escalation's id; every event must carry it.</param>
    /// <param name="history">The events in the order they were recorded, starting with <see cref="EscalationRaised"/>.</param>
    /// <returns>The escalation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="escalationId"/> is the default value, the <see cref="EscalationRaised"/> holds an invalid value, or
    /// the history is not one an escalation could have recorded: empty, not starting with <see cref="EscalationRaised"/>,
    /// holding another escalation's events, going back in time, or a move the lifecycle forbids. The message lists the
    /// problems with their codes from <see cref="EscalationErrors"/>, never a note.
    /// </exception>
    public static Escalation Rehydrate(EscalationId escalationId, IEnumerable<IEscalationEvent> history)
    {
        Guard.Against.Default(escalationId);
        Guard.Against.Null(history);
        var problems = new List<InputProblem>();
        Escalation? escalation = null;
        var index = 0;
        foreach (var e in history)
        {
            var error = e is null ? new DomainError(EscalationErrors.HistoryNullEvent, "The event is null.")
                : e.EscalationId != escalationId ? new DomainError(EscalationErrors.HistoryOtherEscalation, string.Create(CultureInfo.InvariantCulture, $"The event belongs to escalation {e.EscalationId}."))
                : escalation is null ? (e is EscalationRaised ? null : new DomainError(EscalationErrors.HistoryNotRaised, "The history must start with EscalationRaised."))
                : escalation.CheckReplayed(e);
            if (error is not null)
            {
                problems.Add(HistoryProblems.At(index, e, error));
            }
            else if (escalation is null)
            {
                escalation = new Escalation(Validated((EscalationRaised)e!, nameof(history)));
            }
            else
            {
                escalation.Apply(e!);
                escalation._history.Add(e!);
            }

            index++;
        }

        if (index == 0)
        {
            problems.Add(new InputProblem(EscalationErrors.HistoryEmpty, "The history has no events; it must start with EscalationRaised.", "$"));
        }

        if (problems.Count > 0)
        {
            throw HistoryProblems.Exception(problems, nameof(history));
        }

        escalation!.RestoreVersion(escalation._history.Count);
        return escalation;
    }

    /// <summary>Checks the values of a raise as the factories do; returns the event.</summary>
    internal static EscalationRaised Validated(EscalationRaised raised, string parameterName)
    {
        Guard.Against.Null(raised, parameterName);
        Guard.Against.Default(raised.TicketId, parameterName);
        Guard.Against.EnumOutOfRange(raised.Kind, parameterName);
        Guard.Against.Default(raised.Level, parameterName);
        Guard.Against.Null(raised.From, parameterName);
        Guard.Against.Null(raised.To, parameterName);
        Guard.Against.EnumOutOfRange(raised.Reason, parameterName);
        Guard.Against.DefaultWhenPresent(raised.RaisedBy, parameterName);
        Guard.Against.OutOfEventRange(raised.OccurredAt, parameterName);
        if ((raised.SlaFact is null) != (raised.StepKey is null))
        {
            throw new ArgumentException("An escalation a policy asked for has both its SLA fact and its step; one raised by hand has neither.", parameterName);
        }

        if (raised.SlaFact is not null && raised.Reason != (raised.SlaFact is SlaBreached ? EscalationReason.SlaBreach : EscalationReason.SlaAtRisk))
        {
            throw new ArgumentException("An escalation for an SLA breach has the reason SlaBreach, one for a warning SlaAtRisk.", parameterName);
        }

        if (raised.StepKey is { } key && key.TicketId != raised.TicketId)
        {
            throw new ArgumentException("The policy step belongs to another ticket.", parameterName);
        }

        return raised;
    }

    /// <summary>The rule an event of the history breaks given the state before it, if any.</summary>
    private DomainError? CheckReplayed(IEscalationEvent e) => e switch
    {
        EscalationRaised => new DomainError(EscalationErrors.HistoryRaisedTwice, "The escalation was already raised."),
        EscalationAcknowledged or EscalationResolved or EscalationReturned or EscalationCancelled or EscalationStepAbsorbed =>
            EscalationLifecycle.Decide(Status, VerbOf(e)).Error ?? InstantError(e.OccurredAt),
        EscalationNotificationSent n => _pendingNotifications.Exists(p => p.StepKey == n.StepKey) ? InstantError(n.OccurredAt) : EscalationErrors.NoPendingNotification,
        _ => new DomainError(EscalationErrors.HistoryUnknownEvent, "The event type is not an escalation event this package knows."),
    };
}
