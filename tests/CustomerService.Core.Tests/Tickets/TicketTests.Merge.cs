using System;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void Merge_ClosesTheDuplicate_KeepingItsHistory_AndTheTargetRecordsIt()
    {
        var duplicate = NewTicket();
        duplicate.AddCustomerMessage("Same problem as before.", At(1));
        duplicate.ChangeStatus(TicketStatus.Pending, At(2));
        var target = NewTicket();
        target.AssignTo(Agent, At(1));
        var historyBefore = duplicate.History.Count;

        Ticket.Merge(duplicate, target, At(5));

        duplicate.Status.Should().Be(TicketStatus.Closed);
        duplicate.MergedInto.Should().Be(target.Id);
        duplicate.Interactions.Should().ContainSingle("the duplicate keeps its messages");
        duplicate.EventsSince(historyBefore).Should().Equal(
            new TicketMergedInto(duplicate.Id, target.Id, At(5)),
            new TicketStatusChanged(duplicate.Id, TicketStatus.Pending, TicketStatus.Closed, StatusChangeTrigger.Merge, At(5)));
        target.AbsorbedDuplicates.Should().Equal(duplicate.Id);
        target.History[^1].Should().Be(new DuplicateAbsorbed(target.Id, duplicate.Id, At(5)));
        target.Status.Should().Be(TicketStatus.New, "absorbing a duplicate does not move the target");
        duplicate.CanAddCustomerMessage(At(6)).Should().BeFalse();
    }

    [Fact]
    public void Merge_IntoAClosedTarget_IsRejected_AndNeitherTicketChanges()
    {
        var duplicate = NewTicket();
        var target = InStatus(TicketStatus.Closed);
        var duplicateBefore = TicketSnapshot.Of(duplicate);

        Ticket.CanMerge(duplicate, target, At(5)).Should().BeFalse();
        target.ShouldViolate(TicketErrors.Closed, () => Ticket.Merge(duplicate, target, At(5)));
        TicketSnapshot.Of(duplicate).ShouldMatch(duplicateBefore);
    }

    [Fact]
    public void Merge_WhenTheTargetHasLaterEvents_IsRejected_AndNeitherTicketChanges()
    {
        var duplicate = NewTicket();
        var target = NewTicket();
        target.AddCustomerMessage("later", At(10));
        var duplicateBefore = TicketSnapshot.Of(duplicate);

        target.ShouldViolate(TicketErrors.InstantBeforeLastEvent, () => Ticket.Merge(duplicate, target, At(5)));
        TicketSnapshot.Of(duplicate).ShouldMatch(duplicateBefore);
    }

    [Fact]
    public void Merge_ATicketWithItself_IsRejected()
    {
        var ticket = NewTicket();

        Ticket.CanMerge(ticket, ticket, At(1)).Should().BeFalse();
        ticket.CanMergeInto(ticket.Id, At(1)).Should().BeFalse();
        ticket.CanAbsorbDuplicate(ticket.Id, At(1)).Should().BeFalse();
        ticket.ShouldViolate(TicketErrors.MergeIntoSelf, () => Ticket.Merge(ticket, ticket, At(1)));
        ticket.ShouldViolate(TicketErrors.MergeIntoSelf, () => ticket.MergeInto(ticket.Id, At(1)));
        ticket.ShouldViolate(TicketErrors.MergeIntoSelf, () => ticket.AbsorbDuplicate(ticket.Id, At(1)));
    }

    [Fact]
    public void Merge_WithBadArguments_IsAProgrammerError()
    {
        var ticket = NewTicket();

        ((Action)(() => Ticket.Merge(null!, ticket, At(1)))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("duplicate");
        ((Action)(() => Ticket.Merge(ticket, null!, At(1)))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("target");
        ((Action)(() => Ticket.CanMerge(ticket, null!, At(1)))).Should().Throw<ArgumentNullException>();
        ticket.ShouldRejectArgument<ArgumentException>("targetId", () => ticket.MergeInto(default, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("duplicateId", () => ticket.AbsorbDuplicate(default, At(1)));
    }

    [Fact]
    public void AbsorbDuplicate_Twice_RecordsItOnce()
    {
        var target = NewTicket();

        target.AbsorbDuplicate(OtherTicket, At(1));
        target.AbsorbDuplicate(OtherTicket, At(2));

        target.AbsorbedDuplicates.Should().Equal(OtherTicket);
        target.Version.Should().Be(2);
    }

    [Fact]
    public void MergeInto_ASolvedTicket_ClosesIt_WithoutCountingANewSolve()
    {
        var ticket = InStatus(TicketStatus.Solved);

        ticket.MergeInto(OtherTicket, At(5));

        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.SolveCount.Should().Be(1);
    }
}
