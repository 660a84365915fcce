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
    public void Open_ByTheCustomer_StartsNewWithOneTicketOpenedEvent()
    {
        var id = TicketId.New();

        var ticket = Ticket.Open(id, Customer, Channel.Chat, Priority.High, "Cannot log in", T0);

        ticket.Id.Should().Be(id);
        ticket.Status.Should().Be(TicketStatus.New);
        (ticket.CustomerId, ticket.Channel, ticket.Priority, ticket.Subject).Should().Be((Customer, Channel.Chat, Priority.High, "Cannot log in"));
        (ticket.OpenedBy, ticket.OpenedByAgent, ticket.OpenedAt, ticket.UpdatedAt).Should().Be((AuthorKind.Customer, (AgentId?)null, T0, T0));
        (ticket.AssigneeId, ticket.GroupId, ticket.Category, ticket.MergedInto, ticket.SolvedAt).Should().Be(((AgentId?)null, (GroupId?)null, (string?)null, (TicketId?)null, (Instant?)null));
        ticket.Tags.Should().BeEmpty();
        ticket.CustomFields.Should().BeEmpty();
        ticket.Interactions.Should().BeEmpty();
        ticket.AbsorbedDuplicates.Should().BeEmpty();
        ticket.SolveCount.Should().Be(0);
        ticket.Version.Should().Be(1);
        var opened = new TicketOpened(id, Customer, Channel.Chat, Priority.High, "Cannot log in", null, T0);
        ticket.History.Should().Equal(opened);
        ticket.DomainEvents.Should().Equal(opened);
    }

    [Fact]
    public void OpenByAgent_RecordsTheAgent()
    {
        var ticket = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Called about invoice", T0);

        ticket.OpenedBy.Should().Be(AuthorKind.Agent);
        ticket.OpenedByAgent.Should().Be(Agent);
        var opened = ticket.History[0].Should().BeOfType<TicketOpened>().Subject;
        (opened.OpenedBy, opened.OpenedByAgent).Should().Be((AuthorKind.Agent, (AgentId?)Agent));
        ticket.Status.Should().Be(TicketStatus.New);
    }

    [Fact]
    public void Open_WithACustomChannel_KeepsIt()
    {
        var ticket = Ticket.Open(TicketId.New(), Customer, Channel.Custom("whatsapp"), Priority.Low, "Hi", T0);

        ticket.Channel.Should().Be(Channel.Custom("whatsapp"));
        ticket.Channel.IsWellKnown.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Open_WithoutASubject_IsAProgrammerError(string? subject)
    {
        var act = () => Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.Normal, subject!, T0);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("subject");
    }

    [Fact]
    public void Open_WithDefaultIdsChannelOrPriority_IsAProgrammerError()
    {
        ((Action)(() => Ticket.Open(default, Customer, Channel.Email, Priority.Normal, "s", T0)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ticketId");
        ((Action)(() => Ticket.Open(TicketId.New(), default, Channel.Email, Priority.Normal, "s", T0)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("customerId");
        ((Action)(() => Ticket.Open(TicketId.New(), Customer, default, Priority.Normal, "s", T0)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("channel");
        ((Action)(() => Ticket.Open(TicketId.New(), Customer, Channel.Email, default, "s", T0)))
            .Should().Throw<InvalidEnumArgumentException>().Which.ParamName.Should().Be("priority");
        ((Action)(() => Ticket.OpenByAgent(TicketId.New(), Customer, default, Channel.Email, Priority.Normal, "s", T0)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("agentId");
    }

    [Fact]
    public void Open_AtTheBeginningOrEndOfTime_IsAProgrammerError()
    {
        ((Action)(() => Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.Normal, "s", Instant.MinValue)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("at");
        ((Action)(() => Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Email, Priority.Normal, "s", Instant.MaxValue)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("at");
    }

    [Fact]
    public void Priority_IsOrdered_AndItsDefaultIsNotAPriority()
    {
        (Priority.Urgent > Priority.High && Priority.High > Priority.Normal && Priority.Normal > Priority.Low).Should().BeTrue();
        Enum.IsDefined(default(Priority)).Should().BeFalse();
    }

    [Fact]
    public void ToString_ShowsIdStatusPriorityChannelAndVersion()
    {
        var ticket = NewTicket(TicketId.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));

        ticket.ToString().Should().Be("Ticket 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (New, Normal, email, version 1)");
    }

    [Fact]
    public void DequeueDomainEvents_EmptiesThePendingEvents_ButNotTheHistory()
    {
        var ticket = NewTicket();
        ticket.AddCustomerMessage("Hello", At(1));

        ticket.DequeueDomainEvents().Should().HaveCount(2);
        ticket.DomainEvents.Should().BeEmpty();
        ticket.History.Should().HaveCount(2);
        ticket.Version.Should().Be(2);

        ticket.Solve(At(2));
        ticket.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<TicketStatusChanged>();
        ticket.History.Should().HaveCount(3);
    }

    [Fact]
    public void History_IsReadOnly()
    {
        var ticket = NewTicket();

        ticket.History.Should().NotBeOfType<System.Collections.Generic.List<ITicketEvent>>("a caller cannot cast it back and add to it");
        ((System.Collections.Generic.ICollection<ITicketEvent>)ticket.History).IsReadOnly.Should().BeTrue();
        ((System.Collections.Generic.ICollection<Interaction>)ticket.Interactions).IsReadOnly.Should().BeTrue();
    }
}
