using System;
using CustomerService.Core.Escalations;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Escalations;

/// <summary>Escalations for the tests. Instants are minutes after <see cref="T0"/>, Monday 2025-03-10 09:00 UTC.</summary>
internal static class EscalationFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 10, 9, 0);

    public static readonly TicketId TheTicket = TicketId.Parse("5b6f1e0a-8c1d-4b8e-9a55-1f7f3b0c2d11");

    public static readonly AgentId Raiser = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly AgentId Lead = AgentId.Parse("a3bb189e-8bf9-3888-9912-ace4e6543002");

    public static readonly GroupId Support = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    public static readonly GroupId Billing = GroupId.Parse("c56a4180-65aa-42ec-a945-5fd21dec0538");

    public static readonly EscalationNote WrongTeam = EscalationNote.Create("Wrong team: this is a billing question.");

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    /// <summary>A hierarchical escalation to the team lead because the ticket is at risk, raised by an agent at <see cref="T0"/>.</summary>
    public static Escalation Raised(EscalationReason reason = EscalationReason.SlaAtRisk, EscalationTarget? to = null) =>
        TicketEscalations.None(TheTicket).Raise(
            EscalationId.New(),
            EscalationKind.Hierarchical,
            new EscalationLevel(1),
            EscalationTarget.Group(Support),
            to ?? EscalationTarget.TeamLead,
            reason,
            Raiser,
            T0);

    /// <summary>A planned step for <see cref="TheTicket"/>: the 75% warning of first-reply at <paramref name="level"/>, to the team lead.</summary>
    public static PlannedEscalation Step(int level = 1, Instant? at = null, int cycle = 1, EscalationNotification? notification = null)
    {
        var threshold = SlaWarningThreshold.PercentOfTarget(75);
        var when = at ?? T0;
        return new PlannedEscalation(
            new EscalationKey(TheTicket, SlaMetric.FirstReply.Id, cycle, "standard", new EscalationLevel(level)),
            notification is null
                ? EscalationRule.OnWarning(threshold, new EscalationLevel(level), EscalationKind.Hierarchical, EscalationTarget.TeamLead)
                : EscalationRule.OnWarning(threshold, new EscalationLevel(level), EscalationKind.Hierarchical, EscalationTarget.TeamLead).WithNotification(notification),
            new SlaWarningReached(SlaMetric.FirstReply.Id, cycle, "standard", 1, when, threshold),
            when);
    }

    /// <summary>What a rejected command must leave as it was.</summary>
    public static object Snapshot(Escalation e) =>
        (e.Status, e.Version, e.History.Count, e.DomainEvents.Count, e.StepKeys.Count, e.PendingNotifications.Count, e.AcknowledgedAt, e.ClosedAt, e.ClosingNote, e.LastChangedAt);

    /// <summary>Runs <paramref name="action"/> and returns the code of the rule it broke.</summary>
    public static string CodeOf(Action action)
    {
        try
        {
            action();
        }
        catch (CustomerService.Core.SharedKernel.DomainRuleViolationException e)
        {
            return e.Code;
        }

        throw new InvalidOperationException("Expected a rule violation.");
    }
}
