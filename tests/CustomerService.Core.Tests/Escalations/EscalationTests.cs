using System;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Sla;
using CustomerService.Core.Tests.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;

namespace CustomerService.Core.Tests.Escalations;

public sealed class EscalationTests
{
    [Fact]
    public void Raise_ByAnAgent_RecordsEverythingAndOneEvent()
    {
        var note = EscalationNote.Create("Customer asked for a manager.");
        var id = EscalationId.New();

        var escalation = TicketEscalations.None(TheTicket).Raise(
            id, EscalationKind.Functional, new EscalationLevel(2), EscalationTarget.Group(Support), EscalationTarget.Group(Billing), EscalationReason.CustomerRequest, Raiser, At(5), note);

        escalation.Id.Should().Be(id);
        (escalation.TicketId, escalation.Kind, escalation.Level, escalation.Reason).Should().Be((TheTicket, EscalationKind.Functional, new EscalationLevel(2), EscalationReason.CustomerRequest));
        escalation.From.Should().Be(EscalationTarget.Group(Support));
        escalation.To.Should().Be(EscalationTarget.Group(Billing));
        escalation.RaisedBy.Should().Be(Raiser);
        escalation.IsRaisedBySystem.Should().BeFalse();
        escalation.Note.Should().Be(note);
        escalation.RaisedAt.Should().Be(At(5));
        escalation.Status.Should().Be(EscalationStatus.Raised);
        escalation.SlaFact.Should().BeNull();
        escalation.StepKeys.Should().BeEmpty();
        escalation.Version.Should().Be(1);
        escalation.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<EscalationRaised>().Which.OccurredAt.Should().Be(At(5));
        escalation.OpenKey.Should().Be(new OpenEscalationKey(TheTicket, EscalationTarget.Group(Billing), EscalationReason.CustomerRequest));
    }

    [Fact]
    public void RaiseFor_APlannedStep_IsRaisedByTheSystemAtTheFactsInstant()
    {
        var step = Step(level: 1, at: At(45));

        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), step, EscalationTarget.Assignee);

        escalation.IsRaisedBySystem.Should().BeTrue();
        escalation.RaisedAt.Should().Be(At(45));
        escalation.Reason.Should().Be(EscalationReason.SlaAtRisk);
        escalation.SlaFact.Should().Be(step.Fact);
        escalation.StepKeys.Should().Equal(step.Key);
        escalation.To.Should().Be(EscalationTarget.TeamLead);
        escalation.From.Should().Be(EscalationTarget.Assignee);
    }

    [Fact]
    public void Raise_WithBadArguments_ThrowsArgumentExceptions()
    {
        var none = TicketEscalations.None(TheTicket);
        Action[] bad =
        [
            () => none.Raise(default, EscalationKind.Functional, new(1), EscalationTarget.TeamLead, EscalationTarget.Manager, EscalationReason.Manual, null, T0),
            () => none.Raise(EscalationId.New(), (EscalationKind)9, new(1), EscalationTarget.TeamLead, EscalationTarget.Manager, EscalationReason.Manual, null, T0),
            () => none.Raise(EscalationId.New(), EscalationKind.Functional, default, EscalationTarget.TeamLead, EscalationTarget.Manager, EscalationReason.Manual, null, T0),
            () => none.Raise(EscalationId.New(), EscalationKind.Functional, new(1), null!, EscalationTarget.Manager, EscalationReason.Manual, null, T0),
            () => none.Raise(EscalationId.New(), EscalationKind.Functional, new(1), EscalationTarget.TeamLead, null!, EscalationReason.Manual, null, T0),
            () => none.Raise(EscalationId.New(), EscalationKind.Functional, new(1), EscalationTarget.TeamLead, EscalationTarget.Manager, default, null, T0),
            () => none.Raise(EscalationId.New(), EscalationKind.Functional, new(1), EscalationTarget.TeamLead, EscalationTarget.Manager, EscalationReason.Manual, null, Instant.MaxValue),
            () => none.RaiseFor(EscalationId.New(), Step() with { Key = new EscalationKey(TicketId.New(), "first-reply", 1, "standard", new(1)) }, EscalationTarget.Assignee),
            () => _ = new EscalationLevel(0),
            () => _ = new EscalationLevel(EscalationLevel.MaxValue + 1),
            () => EscalationTarget.Role("Team Lead"),
            () => EscalationTarget.Group(default),
            () => _ = new EscalationNotification("a@b.c"),
        ];

        foreach (var action in bad)
        {
            action.Should().Throw<ArgumentException>();
        }
    }

    [Fact]
    public void TimeToAcknowledge_IsPhysicalTime_AndBusinessTimeCountsOnlyOpenHours()
    {
        // Raised Friday 16:30, acknowledged Monday 09:15 on a Mon-Fri 09:00-17:00 calendar.
        var friday = SlaFixtures.Utc("2025-03-07 16:30");
        var escalation = TicketEscalations.None(TheTicket).Raise(
            EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Complaint, Raiser, friday);
        escalation.TimeToAcknowledge.Should().BeNull();
        escalation.BusinessTimeToAcknowledge(SlaFixtures.NineToFive).Should().BeNull();

        escalation.Acknowledge(Lead, SlaFixtures.Utc("2025-03-10 09:15"));

        escalation.TimeToAcknowledge.Should().Be(Duration.FromHours(64) + Duration.FromMinutes(45));
        escalation.BusinessTimeToAcknowledge(SlaFixtures.NineToFive).Should().Be(Duration.FromMinutes(45));
        escalation.BusinessTimeToAcknowledge(BusinessCalendar.AlwaysOpen).Should().Be(escalation.TimeToAcknowledge);
        escalation.AcknowledgedBy.Should().Be(Lead);
    }

    [Fact]
    public void MeasureAcknowledgement_AgainstABusinessHoursOla_RunsAchievesAndBreachesAtCalendarInstants()
    {
        var friday = SlaFixtures.Utc("2025-03-07 16:30");
        var ola = new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1));
        var escalation = TicketEscalations.None(TheTicket).Raise(
            EscalationId.New(), EscalationKind.Functional, new(1), EscalationTarget.Group(Support), EscalationTarget.Group(Billing), EscalationReason.Complexity, Raiser, friday);

        var overTheWeekend = escalation.MeasureAcknowledgement(ola, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-09 12:00"));
        overTheWeekend.Stage.Should().Be(SlaStage.Running);
        overTheWeekend.Elapsed.Should().Be(Duration.FromMinutes(30));
        overTheWeekend.DueAt.Should().Be(SlaFixtures.Utc("2025-03-10 09:30"));
        overTheWeekend.BreachAt.Should().Be(SlaFixtures.Utc("2025-03-10 09:30"));
        overTheWeekend.Remaining.Should().Be(Duration.FromMinutes(30));

        escalation.MeasureAcknowledgement(ola, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-10 09:30")).IsBreached.Should().BeFalse("breached means strictly past the target");
        escalation.MeasureAcknowledgement(ola, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-10 09:31")).IsBreached.Should().BeTrue();

        escalation.Acknowledge(Lead, SlaFixtures.Utc("2025-03-10 09:20"));
        var done = escalation.MeasureAcknowledgement(ola, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-11 12:00"));
        done.Stage.Should().Be(SlaStage.Achieved);
        done.Elapsed.Should().Be(Duration.FromMinutes(50));

        var asThen = escalation.MeasureAcknowledgement(ola, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-10 09:10"));
        asThen.Stage.Should().Be(SlaStage.Running, "what happened after the evaluation instant is ignored");

        var calendarHours = new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar);
        var twentyFourSeven = escalation.MeasureAcknowledgement(calendarHours, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-11 12:00"));
        twentyFourSeven.Stage.Should().Be(SlaStage.Breached, "a 24/7 OLA counts the weekend");
        twentyFourSeven.DueAt.Should().Be(SlaFixtures.Utc("2025-03-07 17:30"));
    }

    [Fact]
    public void MeasureAcknowledgement_WhenDueAtAClosing_BreachesAtTheNextOpening_AndAClosedUnacknowledgedOneIsCancelled()
    {
        var escalation = TicketEscalations.None(TheTicket).Raise(
            EscalationId.New(), EscalationKind.Functional, new(1), EscalationTarget.Group(Support), EscalationTarget.Group(Billing), EscalationReason.Complexity, Raiser, SlaFixtures.Utc("2025-03-10 16:00"));

        var progress = escalation.MeasureAcknowledgement(Duration.FromHours(1), SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-10 16:30"));
        progress.DueAt.Should().Be(SlaFixtures.Utc("2025-03-10 17:00"));
        progress.BreachAt.Should().Be(SlaFixtures.Utc("2025-03-11 09:00"));

        escalation.Cancel(SlaFixtures.Utc("2025-03-10 16:40"));
        escalation.MeasureAcknowledgement(Duration.FromHours(1), SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-12 12:00")).Stage.Should().Be(SlaStage.Cancelled);

        ((Action)(() => escalation.MeasureAcknowledgement(Duration.Zero, SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-12 12:00")))).Should().Throw<ArgumentException>();
        ((Action)(() => escalation.MeasureAcknowledgement(Duration.FromHours(1), SlaFixtures.NineToFive, SlaFixtures.Utc("2025-03-09 12:00")))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Absorb_AStepItAlreadyStandsFor_RecordsNothing_AndAStepForAnotherTargetIsAProgrammerError()
    {
        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, At(10)), EscalationTarget.Assignee);
        escalation.DequeueDomainEvents();

        escalation.Absorb(Step(1, At(10)), At(20));
        escalation.DomainEvents.Should().BeEmpty();

        escalation.Absorb(Step(1, At(15), cycle: 2), At(20));
        escalation.StepKeys.Should().HaveCount(2);
        escalation.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<EscalationStepAbsorbed>();

        var toManager = Step(3) with { Rule = EscalationRule.OnWarning(SlaWarningThreshold.PercentOfTarget(75), new(3), EscalationKind.Hierarchical, EscalationTarget.Manager) };
        ((Action)(() => escalation.Absorb(toManager, At(30)))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ToString_ShowsTheShapeNotTheNotes()
    {
        var escalation = Raised();
        escalation.Return(WrongTeam, At(5));

        escalation.ToString().Should().Be($"Escalation {escalation.Id} (L1 Hierarchical to role team-lead, SlaAtRisk, Returned, version 2)");
        escalation.ClosingNote.Should().Be(WrongTeam);
        escalation.ClosedAt.Should().Be(At(5));
        new EscalationKey(TheTicket, "first-reply", 2, "gold", new(3)).ToString().Should().Be($"{TheTicket}/first-reply#2/gold/L3");
        EscalationTarget.Agent(Lead).ToString().Should().Be($"agent {Lead}");
    }

    [Fact]
    public void Rehydrate_OfBrokenHistories_ListsEveryProblemWithItsCode()
    {
        var escalation = Raised();
        escalation.Acknowledge(Lead, At(10));
        escalation.Resolve(At(20));
        var history = escalation.History.ToList();

        Problems(() => Escalation.Rehydrate(escalation.Id, [])).Should().Contain(EscalationErrors.HistoryEmpty);
        Problems(() => Escalation.Rehydrate(escalation.Id, [.. history.Skip(1)])).Should().Contain(EscalationErrors.HistoryNotRaised);
        Problems(() => Escalation.Rehydrate(escalation.Id, [history[0], history[0]])).Should().Contain(EscalationErrors.HistoryRaisedTwice);
        Problems(() => Escalation.Rehydrate(escalation.Id, [history[0], history[2]])).Should().Contain(EscalationErrors.NotAcknowledged);
        Problems(() => Escalation.Rehydrate(escalation.Id, [.. history, history[1]])).Should().Contain(EscalationErrors.Closed);
        Problems(() => Escalation.Rehydrate(escalation.Id, [history[0], history[1], new EscalationResolved(escalation.Id, null, At(5))])).Should().Contain(EscalationErrors.InstantBeforeLastEvent);
        Problems(() => Escalation.Rehydrate(escalation.Id, [history[0], null!])).Should().Contain(EscalationErrors.HistoryNullEvent);
        Problems(() => Escalation.Rehydrate(EscalationId.New(), history)).Should().Contain(EscalationErrors.HistoryOtherEscalation);
        Problems(() => Escalation.Rehydrate(escalation.Id, [history[0], new UnknownEvent(escalation.Id, At(1))])).Should().Contain(EscalationErrors.HistoryUnknownEvent);
    }

    private static string Problems(Action action) => action.Should().Throw<ArgumentException>().Which.Message;

    private sealed record UnknownEvent(EscalationId EscalationId, Instant OccurredAt) : IEscalationEvent;
}
