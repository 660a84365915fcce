using System;
using System.ComponentModel;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets.Events;

public sealed class TicketEventsTests
{
    private static readonly TicketId Id = TicketId.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Fact]
    public void TicketOpened_ToString_RedactsTheSubject()
    {
        var opened = new TicketOpened(Id, Customer, Channel.Email, Priority.High, "Jane's invoice", Agent, T0);

        opened.ToString().Should().Be(
            "TicketOpened { TicketId = 3f2504e0-4f89-11d3-9a0c-0305e82c3301, CustomerId = 0f8fad5b-d9cb-469f-a165-70867728950e, Channel = email, "
            + "Priority = High, Subject = [redacted, 14 chars], OpenedBy = Agent, OpenedByAgent = 7c9e6679-7425-40de-944b-e07fc1f90ae7, OccurredAt = 2025-03-03T09:00:00Z }");
    }

    [Fact]
    public void MessageAdded_ToString_RedactsTheBody_AndTakesItsInstantFromTheMessage()
    {
        var added = new MessageAdded(Id, Interaction.FromAgent(Agent, "Hello Jane", isPublic: false, Channel.Chat, At(1), Duration.FromMinutes(2)));

        added.OccurredAt.Should().Be(At(1));
        added.ToString().Should().Be(
            "MessageAdded { TicketId = 3f2504e0-4f89-11d3-9a0c-0305e82c3301, Message = Interaction { Author = Agent, AgentId = 7c9e6679-7425-40de-944b-e07fc1f90ae7, "
            + "Body = [redacted, 10 chars], IsPublic = False, Channel = chat, OccurredAt = 2025-03-03T09:01:00Z, HandleTime = 0:00:02:00 }, OccurredAt = 2025-03-03T09:01:00Z }");
    }

    [Fact]
    public void TagsChanged_ComparesSetsByValue_AndPrintsThem()
    {
        var a = new TagsChanged(Id, ["b", "A"], ["a", "b", "c"], T0);
        var b = new TagsChanged(Id, ["a", "b"], ["C", "b", "a"], T0);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new TagsChanged(Id, ["a", "b"], ["a", "b"], T0));
        a.Should().NotBe(new TagsChanged(Id, ["a", "b"], ["a", "b", "c"], At(1)));
        a.ToString().Should().Be("TagsChanged { TicketId = 3f2504e0-4f89-11d3-9a0c-0305e82c3301, From = [a, b], To = [a, b, c], OccurredAt = 2025-03-03T09:00:00Z }");
        a.To.Should().Equal("a", "b", "c");
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void CustomFieldChanged_ToString_RedactsTextValues()
    {
        var changed = new CustomFieldChanged(Id, "Phone", CustomFieldValue.FromNumber(3), CustomFieldValue.FromText("+14155550123"), T0);

        changed.Key.Should().Be("phone");
        changed.ToString().Should().Contain("Key = phone, From = 3, To = [redacted, 12 chars]");
    }

    [Fact]
    public void Events_WithDefaultIds_AreProgrammerErrors()
    {
        Invalid(() => new TicketOpened(default, Customer, Channel.Email, Priority.Low, "s", null, T0), "ticketId");
        Invalid(() => new TicketOpened(Id, Customer, Channel.Email, Priority.Low, "s", default(AgentId), T0), "openedByAgent");
        Invalid(() => new MessageAdded(default, Interaction.FromCustomer("b", Channel.Email, T0)), "ticketId");
        Invalid(() => new TicketStatusChanged(default, TicketStatus.New, TicketStatus.Open, StatusChangeTrigger.Command, T0), "ticketId");
        Invalid(() => new PriorityChanged(default, Priority.Low, Priority.High, T0), "ticketId");
        Invalid(() => new AssignmentChanged(Id, null, default(GroupId), null, null, T0), "fromGroup");
        Invalid(() => new AssignmentChanged(Id, default(AgentId), null, null, null, T0), "fromAgent");
        Invalid(() => new AssignmentChanged(Id, null, null, default(AgentId), null, T0), "toAgent");
        Invalid(() => new AssignmentChanged(Id, null, null, null, default(GroupId), T0), "toGroup");
        Invalid(() => new TagsChanged(default, [], [], T0), "ticketId");
        Invalid(() => new CustomFieldChanged(default, "k", null, null, T0), "ticketId");
        Invalid(() => new CategoryChanged(default, null, null, T0), "ticketId");
        Invalid(() => new TicketMergedInto(Id, default, T0), "targetTicketId");
        Invalid(() => new DuplicateAbsorbed(Id, default, T0), "duplicateTicketId");
    }

    [Fact]
    public void Events_WithOtherBadArguments_AreProgrammerErrors()
    {
        Invalid(() => new TicketOpened(Id, Customer, Channel.Email, Priority.Low, " ", null, T0), "subject");
        Invalid(() => new TicketOpened(Id, Customer, Channel.Email, Priority.Low, "s", null, Instant.MaxValue), "occurredAt");
        Invalid(() => new MessageAdded(Id, null!), "message");
        Invalid(() => new TicketStatusChanged(Id, (TicketStatus)9, TicketStatus.Open, StatusChangeTrigger.Command, T0), "from");
        Invalid(() => new TicketStatusChanged(Id, TicketStatus.New, TicketStatus.Open, (StatusChangeTrigger)9, T0), "trigger");
        Invalid(() => new PriorityChanged(Id, Priority.Low, (Priority)0, T0), "to");
        Invalid(() => new TagsChanged(Id, ["ok"], ["not ok"], T0), "to");
        Invalid(() => new TagsChanged(Id, null!, [], T0), "from");
        Invalid(() => new CustomFieldChanged(Id, "a key", null, null, T0), "key");
        Invalid(() => new CategoryChanged(Id, "not ok", null, T0), "from");
        Invalid(() => new TicketMergedInto(Id, Id, T0), "targetTicketId");
        Invalid(() => new DuplicateAbsorbed(Id, Id, T0), "duplicateTicketId");
        Invalid(() => new DuplicateAbsorbed(Id, OtherTicket, Instant.MinValue), "occurredAt");
    }

    [Fact]
    public void UndefinedEnums_AreInvalidEnumArgumentExceptions()
    {
        ((Action)(() => _ = new PriorityChanged(Id, (Priority)7, Priority.Low, T0))).Should().Throw<InvalidEnumArgumentException>();
    }

    private static void Invalid(Func<object> create, string parameter) =>
        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
}
