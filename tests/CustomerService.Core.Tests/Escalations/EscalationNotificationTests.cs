using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;

namespace CustomerService.Core.Tests.Escalations;

/// <summary>The notifications policy steps ask for stay pending on the escalation until they are recorded as sent.</summary>
public sealed class EscalationNotificationTests
{
    private static readonly EscalationNotification Risk = new("sla-risk");
    private static readonly EscalationNotification Later = new("sla-risk-again", EscalationTarget.Manager);

    [Fact]
    public void RaiseFor_AStepWithANotification_LeavesItPending_AndAStepWithoutNoneIsPending()
    {
        var withNotification = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: Risk), EscalationTarget.Assignee);
        var without = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1), EscalationTarget.Assignee);
        var byHand = Raised();

        withNotification.PendingNotifications.Should().Equal(new PendingEscalationNotification(Step(1).Key, Risk));
        without.PendingNotifications.Should().BeEmpty();
        byHand.PendingNotifications.Should().BeEmpty();
    }

    [Fact]
    public void Absorb_AStepWithANotification_AddsItToThePendingOnes()
    {
        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: Risk), EscalationTarget.Assignee);

        escalation.Absorb(Step(1, cycle: 2, notification: Later), At(5));

        escalation.PendingNotifications.Select(p => p.Notification).Should().Equal(Risk, Later);
        escalation.History.OfType<EscalationStepAbsorbed>().Single().Notification.Should().Be(Later);
    }

    [Fact]
    public void RecordNotificationSent_RemovesThePendingNotification_RecordsAnEvent_AndWorksOnAClosedEscalation()
    {
        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: Risk), EscalationTarget.Assignee);
        escalation.Cancel(At(1));
        var version = escalation.Version;

        escalation.CanRecordNotificationSent(Step(1).Key, At(2)).Should().BeTrue();
        escalation.RecordNotificationSent(Step(1).Key, At(2));

        escalation.PendingNotifications.Should().BeEmpty();
        escalation.Version.Should().Be(version + 1);
        escalation.Status.Should().Be(EscalationStatus.Cancelled, "recording a send changes no status");
        escalation.DomainEvents[^1].Should().Be(new EscalationNotificationSent(escalation.Id, Step(1).Key, At(2)));
        escalation.LastChangedAt.Should().Be(At(2));
    }

    [Fact]
    public void RecordNotificationSent_Twice_OrBeforeTheLastEvent_IsRejectedAndChangesNothing()
    {
        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: Risk), EscalationTarget.Assignee);
        escalation.Acknowledge(Lead, At(5));
        var before = Snapshot(escalation);

        CodeOf(() => escalation.RecordNotificationSent(Step(1).Key, At(4))).Should().Be(EscalationErrors.InstantBeforeLastEvent);
        Snapshot(escalation).Should().Be(before);

        escalation.RecordNotificationSent(Step(1).Key, At(6));
        var after = Snapshot(escalation);
        escalation.CanRecordNotificationSent(Step(1).Key, At(7)).Should().BeFalse();
        CodeOf(() => escalation.RecordNotificationSent(Step(1).Key, At(7))).Should().Be(EscalationErrors.NotificationNotPending);
        CodeOf(() => escalation.RecordNotificationSent(Step(2).Key, At(7))).Should().Be(EscalationErrors.NotificationNotPending);
        Snapshot(escalation).Should().Be(after);
    }

    [Fact]
    public void Rehydrate_KeepsWhatIsPending_AndRejectsASendThatWasNeverPending()
    {
        var escalation = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: Risk), EscalationTarget.Assignee);
        escalation.Absorb(Step(1, cycle: 2, notification: Later), At(1));
        escalation.RecordNotificationSent(Step(1).Key, At(2));

        var rebuilt = Escalation.Rehydrate(escalation.Id, escalation.History);

        rebuilt.PendingNotifications.Should().Equal(escalation.PendingNotifications);
        var broken = () => Escalation.Rehydrate(escalation.Id, [.. escalation.History, new EscalationNotificationSent(escalation.Id, Step(1).Key, At(3))]);
        broken.Should().Throw<System.ArgumentException>().WithMessage($"*{EscalationErrors.NotificationNotPending}*");
    }
}
