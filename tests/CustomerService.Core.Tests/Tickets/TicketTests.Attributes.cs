using System;
using System.ComponentModel;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void ChangePriority_RecordsFromAndTo()
    {
        var ticket = NewTicket();

        ticket.ChangePriority(Priority.Urgent, At(1));

        ticket.Priority.Should().Be(Priority.Urgent);
        ticket.History[^1].Should().Be(new PriorityChanged(ticket.Id, Priority.Normal, Priority.Urgent, At(1)));
    }

    [Fact]
    public void ChangePriority_ToTheSamePriority_RecordsNothing()
    {
        var ticket = NewTicket();

        ticket.ChangePriority(Priority.Normal, At(1));

        ticket.Version.Should().Be(1);
        ticket.UpdatedAt.Should().Be(T0);
    }

    [Fact]
    public void ChangePriority_ToAnUndefinedPriority_IsAProgrammerError()
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<InvalidEnumArgumentException>("priority", () => ticket.ChangePriority((Priority)9, At(1)));
    }

    [Fact]
    public void Assignment_RecordsAgentAndGroupBeforeAndAfter()
    {
        var ticket = NewTicket();

        ticket.AssignToGroup(Billing, At(1));
        ticket.AssignTo(Agent, At(2));
        ticket.AssignTo(OtherAgent, TechnicalSupport, At(3));
        ticket.Unassign(At(4));
        ticket.AssignTo(Agent, Billing, At(5));
        ticket.AssignToGroup(TechnicalSupport, At(6));

        ticket.EventsSince(1).Should().Equal(
            new AssignmentChanged(ticket.Id, null, null, null, Billing, At(1)),
            new AssignmentChanged(ticket.Id, null, Billing, Agent, Billing, At(2)),
            new AssignmentChanged(ticket.Id, Agent, Billing, OtherAgent, TechnicalSupport, At(3)),
            new AssignmentChanged(ticket.Id, OtherAgent, TechnicalSupport, null, TechnicalSupport, At(4)),
            new AssignmentChanged(ticket.Id, null, TechnicalSupport, Agent, Billing, At(5)),
            new AssignmentChanged(ticket.Id, Agent, Billing, null, TechnicalSupport, At(6)));
        (ticket.AssigneeId, ticket.GroupId).Should().Be(((AgentId?)null, (GroupId?)TechnicalSupport));
        ticket.Status.Should().Be(TicketStatus.New, "assignment alone does not start work on the ticket");
    }

    [Fact]
    public void Assignment_ThatChangesNothing_RecordsNothing()
    {
        var ticket = NewTicket();
        ticket.AssignTo(Agent, Billing, At(1));

        ticket.AssignTo(Agent, At(2));
        ticket.AssignTo(Agent, Billing, At(2));
        ticket.Unassign(At(2));
        ticket.Unassign(At(3));

        ticket.EventsSince(2).Should().ContainSingle().Which.Should().Be(new AssignmentChanged(ticket.Id, Agent, Billing, null, Billing, At(2)));
    }

    [Fact]
    public void Assignment_WithDefaultIds_IsAProgrammerError()
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<ArgumentException>("agentId", () => ticket.AssignTo(default, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("agentId", () => ticket.AssignTo(default, Billing, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("groupId", () => ticket.AssignTo(Agent, default, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("groupId", () => ticket.AssignToGroup(default, At(1)));
    }

    [Fact]
    public void Tags_AreStoredInLowerCase_Sorted_AndChangesCarryTheWholeSetBeforeAndAfter()
    {
        var ticket = NewTicket();

        ticket.AddTags(["VIP", "refund", "vip"], At(1));
        ticket.AddTags(["refund", "Billing_Card"], At(2));
        ticket.RemoveTags(["vip", "absent"], At(3));

        ticket.Tags.Should().Equal("billing_card", "refund");
        ticket.EventsSince(1).Should().Equal(
            new TagsChanged(ticket.Id, [], ["refund", "vip"], At(1)),
            new TagsChanged(ticket.Id, ["refund", "vip"], ["billing_card", "refund", "vip"], At(2)),
            new TagsChanged(ticket.Id, ["billing_card", "refund", "vip"], ["billing_card", "refund"], At(3)));
        ticket.Tags.Contains("refund").Should().BeTrue();
    }

    [Fact]
    public void Tags_ThatChangeNothing_RecordNothing()
    {
        var ticket = NewTicket();
        ticket.AddTags(["vip"], At(1));

        ticket.AddTags(["VIP"], At(2));
        ticket.RemoveTags(["other"], At(2));
        ticket.AddTags([], At(2));

        ticket.Version.Should().Be(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("-leading")]
    [InlineData("1st")]
    [InlineData("billing:card")]
    [InlineData("v2.1")]
    [InlineData("überweisung")]
    [InlineData("jane.doe@example.com")]
    [InlineData("+14155550123")]
    [InlineData("emoji😀")]
    public void Tags_ThatAreNotLabels_AreProgrammerErrors_WithoutRepeatingTheTag(string tag)
    {
        var ticket = NewTicket();

        var add = ticket.ShouldRejectArgument<ArgumentException>("tags", () => ticket.AddTags(["ok", tag], At(1)));
        var remove = ticket.ShouldRejectArgument<ArgumentException>("tags", () => ticket.RemoveTags([tag], At(1)));

        if (tag.Length > 0)
        {
            add.Message.Should().NotContain(tag);
            remove.Message.Should().NotContain(tag);
        }
    }

    [Fact]
    public void Tags_LongerThan64Characters_OrNull_AreRejected()
    {
        var ticket = NewTicket();
        ticket.AddTags([new string('a', 64)], At(1));

        ticket.ShouldRejectArgument<ArgumentException>("tags", () => ticket.AddTags([new string('a', 65)], At(1)));
        ticket.ShouldRejectArgument<ArgumentNullException>("tags", () => ticket.AddTags(null!, At(1)));
        ticket.ShouldRejectArgument<ArgumentNullException>("tags", () => ticket.AddTags([null!], At(1)));
    }

    [Fact]
    public void CustomFields_SetReplaceAndRemove_RecordFromAndTo()
    {
        var ticket = NewTicket();
        var order = CustomFieldValue.FromText("A-1234");
        var amount = CustomFieldValue.FromNumber(49.90m);

        ticket.SetCustomField("Order", order, At(1));
        ticket.SetCustomField("amount", amount, At(2));
        ticket.SetCustomField("amount", CustomFieldValue.FromNumber(10), At(3));
        ticket.SetCustomField("renewal", CustomFieldValue.FromDate(new LocalDate(2025, 4, 1)), At(4));
        ticket.SetCustomField("urgent", CustomFieldValue.FromBoolean(true), At(5));
        ticket.RemoveCustomField("ORDER", At(6));

        ticket.CustomFields.Keys.Should().Equal("amount", "renewal", "urgent");
        ticket.CustomFields["amount"].AsNumber().Should().Be(10);
        ticket.EventsSince(1).Should().Equal(
            new CustomFieldChanged(ticket.Id, "order", null, order, At(1)),
            new CustomFieldChanged(ticket.Id, "amount", null, amount, At(2)),
            new CustomFieldChanged(ticket.Id, "amount", amount, CustomFieldValue.FromNumber(10), At(3)),
            new CustomFieldChanged(ticket.Id, "renewal", null, CustomFieldValue.FromDate(new LocalDate(2025, 4, 1)), At(4)),
            new CustomFieldChanged(ticket.Id, "urgent", null, CustomFieldValue.FromBoolean(true), At(5)),
            new CustomFieldChanged(ticket.Id, "order", order, null, At(6)));
    }

    [Fact]
    public void CustomFields_ThatChangeNothing_RecordNothing()
    {
        var ticket = NewTicket();
        ticket.SetCustomField("amount", CustomFieldValue.FromNumber(1.0m), At(1));

        ticket.SetCustomField("amount", CustomFieldValue.FromNumber(1.00m), At(2));
        ticket.RemoveCustomField("absent", At(2));

        ticket.Version.Should().Be(2);
    }

    [Fact]
    public void CustomFields_WithBadArguments_AreProgrammerErrors()
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<ArgumentNullException>("key", () => ticket.SetCustomField(null!, CustomFieldValue.FromBoolean(true), At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("key", () => ticket.SetCustomField("Jane Doe", CustomFieldValue.FromBoolean(true), At(1)))
            .Message.Should().NotContain("Jane");
        ticket.ShouldRejectArgument<ArgumentNullException>("value", () => ticket.SetCustomField("order", null!, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("key", () => ticket.RemoveCustomField("", At(1)));
    }

    [Fact]
    public void ChangeCategory_SetsChangesAndClears()
    {
        var ticket = NewTicket();

        ticket.ChangeCategory("Billing", At(1));
        ticket.ChangeCategory("billing", At(2));
        ticket.ChangeCategory("incident", At(3));
        ticket.ChangeCategory(null, At(4));

        ticket.Category.Should().BeNull();
        ticket.EventsSince(1).Should().Equal(
            new CategoryChanged(ticket.Id, null, "billing", At(1)),
            new CategoryChanged(ticket.Id, "billing", "incident", At(3)),
            new CategoryChanged(ticket.Id, "incident", null, At(4)));
    }

    [Fact]
    public void ChangeCategory_ThatIsNotALabel_IsAProgrammerError()
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<ArgumentException>("category", () => ticket.ChangeCategory("not a label", At(1)));
    }
}
