using System;
using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;

namespace CustomerService.Core.Tests.Escalations;

public sealed class TicketEscalationsTests
{
    [Fact]
    public void Raise_ASecondOpenEscalationToTheSameTargetForTheSameReason_IsRejected()
    {
        var first = Raised(EscalationReason.Complaint);
        var escalations = TicketEscalations.Of(TheTicket, [first]);

        escalations.CanRaise(EscalationTarget.TeamLead, EscalationReason.Complaint).Should().BeFalse();
        escalations.OpenDuplicateOf(EscalationTarget.TeamLead, EscalationReason.Complaint).Should().BeSameAs(first);
        CodeOf(() => RaiseTo(escalations, EscalationTarget.TeamLead, EscalationReason.Complaint)).Should().Be(EscalationErrors.AlreadyOpen);
    }

    [Fact]
    public void Raise_ToAnotherTargetOrForAnotherReason_OrOnceTheFirstIsClosed_IsAllowed()
    {
        var first = Raised(EscalationReason.Complaint);
        var escalations = TicketEscalations.Of(TheTicket, [first]);

        escalations.CanRaise(EscalationTarget.Manager, EscalationReason.Complaint).Should().BeTrue();
        escalations.CanRaise(EscalationTarget.TeamLead, EscalationReason.CustomerRequest).Should().BeTrue();
        escalations.CanRaise(EscalationTarget.Agent(Lead), EscalationReason.Complaint).Should().BeTrue("a role is not the person who holds it");
        var second = RaiseTo(escalations, EscalationTarget.Manager, EscalationReason.Complaint);
        escalations = escalations.With(second);
        escalations.Open.Should().HaveCount(2);

        first.Acknowledge(Lead, At(5));
        escalations.CanRaise(EscalationTarget.TeamLead, EscalationReason.Complaint).Should().BeFalse("an acknowledged escalation is still open");
        first.Return(WrongTeam, At(6));
        escalations.CanRaise(EscalationTarget.TeamLead, EscalationReason.Complaint).Should().BeTrue();
        RaiseTo(escalations, EscalationTarget.TeamLead, EscalationReason.Complaint).Status.Should().Be(EscalationStatus.Raised);
    }

    [Fact]
    public void RaiseFor_AStepAlreadyFired_IsRejected_EvenAfterItsEscalationClosed()
    {
        var step = Step(1, At(10));
        var none = TicketEscalations.None(TheTicket);
        var escalation = none.RaiseFor(EscalationId.New(), step, EscalationTarget.Assignee);
        escalation.Cancel(At(11));
        var escalations = none.With(escalation);

        escalations.FiredSteps.Should().Equal(step.Key);
        escalations.CanRaise(step).Should().BeFalse();
        CodeOf(() => escalations.RaiseFor(EscalationId.New(), step, EscalationTarget.Assignee)).Should().Be(EscalationErrors.StepAlreadyFired);
        escalations.CanRaise(Step(2, At(12))).Should().BeTrue();
    }

    [Fact]
    public void RaiseFor_AStepBlockedByAnOpenDuplicate_IsRejected_AndAbsorbingItCountsItAsFired()
    {
        var manual = Raised(EscalationReason.SlaAtRisk);
        var escalations = TicketEscalations.Of(TheTicket, [manual]);
        var step = Step(1, At(10));

        escalations.CanRaise(step).Should().BeFalse();
        CodeOf(() => escalations.RaiseFor(EscalationId.New(), step, EscalationTarget.Assignee)).Should().Be(EscalationErrors.AlreadyOpen);

        escalations.OpenDuplicateOf(step.To, step.Reason)!.Absorb(step, At(12));

        TicketEscalations.Of(TheTicket, [manual]).FiredSteps.Should().Equal(step.Key);
    }

    [Fact]
    public void Of_RejectsEscalationsOfAnotherTicket_Duplicates_AndNulls()
    {
        var other = TicketEscalations.None(TicketId.New()).Raise(
            EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Manual, Raiser, T0);
        var mine = Raised();

        ((Action)(() => TicketEscalations.Of(TheTicket, [other]))).Should().Throw<ArgumentException>();
        ((Action)(() => TicketEscalations.Of(TheTicket, [mine, mine]))).Should().Throw<ArgumentException>();
        ((Action)(() => TicketEscalations.Of(TheTicket, [null!]))).Should().Throw<ArgumentNullException>();
        ((Action)(() => TicketEscalations.None(default))).Should().Throw<ArgumentException>();
        TicketEscalations.Of(TheTicket, [mine]).All.Single().Should().BeSameAs(mine);
    }

    private static Escalation RaiseTo(TicketEscalations escalations, EscalationTarget to, EscalationReason reason) =>
        escalations.Raise(EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Group(Support), to, reason, Raiser, At(7));
}
