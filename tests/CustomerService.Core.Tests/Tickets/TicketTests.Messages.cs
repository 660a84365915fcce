using System;
using System.Linq;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void AddCustomerMessage_OnANewTicket_KeepsItNew_AndRecordsThePublicMessage()
    {
        var ticket = NewTicket();

        ticket.AddCustomerMessage("I cannot log in since this morning.", T0);

        ticket.Status.Should().Be(TicketStatus.New);
        var message = ticket.Interactions.Should().ContainSingle().Subject;
        (message.Author, message.AgentId, message.IsPublic, message.Channel, message.OccurredAt, message.HandleTime)
            .Should().Be((AuthorKind.Customer, (AgentId?)null, true, Channel.Email, T0, (Duration?)null));
        message.Body.Should().Be("I cannot log in since this morning.");
        ticket.History[^1].Should().Be(new MessageAdded(ticket.Id, message));
        ticket.Version.Should().Be(2);
    }

    [Theory]
    [InlineData(TicketStatus.Pending)]
    [InlineData(TicketStatus.Solved)]
    public void AddCustomerMessage_OnAPendingOrSolvedTicket_ReopensIt_RecordingTheMessageThenTheStatusChange(TicketStatus status)
    {
        var ticket = InStatus(status);
        var version = ticket.Version;

        ticket.AddCustomerMessage("It still does not work.", At(30));

        ticket.Status.Should().Be(TicketStatus.Open);
        var recorded = ticket.EventsSince(version);
        recorded.Should().HaveCount(2);
        recorded[0].Should().BeOfType<MessageAdded>().Which.Message.Author.Should().Be(AuthorKind.Customer);
        recorded[1].Should().Be(new TicketStatusChanged(ticket.Id, status, TicketStatus.Open, StatusChangeTrigger.CustomerMessage, At(30)));
        ticket.Version.Should().Be(version + 2);
        ticket.DomainEvents.Skip((int)version).Should().Equal(recorded);
    }

    [Fact]
    public void AddCustomerMessage_OnAnOnHoldTicket_KeepsItOnHold()
    {
        var ticket = InStatus(TicketStatus.OnHold);

        ticket.AddCustomerMessage("Any news?", At(30));

        ticket.Status.Should().Be(TicketStatus.OnHold, "the team waits on a third party, not on the customer");
        ticket.History[^1].Should().BeOfType<MessageAdded>();
    }

    [Fact]
    public void AddCustomerMessage_OnAnotherChannel_RecordsThatChannel()
    {
        var ticket = NewTicket();

        ticket.AddCustomerMessage("Calling instead.", At(1), Channel.Phone);

        ticket.Interactions[0].Channel.Should().Be(Channel.Phone);
        ticket.Channel.Should().Be(Channel.Email, "the ticket keeps the channel it arrived on");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddAgentReply_OnANewTicket_OpensIt(bool isPublic)
    {
        var ticket = NewTicket();

        ticket.AddAgentReply(Agent, "Looking into it.", isPublic, At(5), handleTime: Duration.FromMinutes(4));

        ticket.Status.Should().Be(TicketStatus.Open);
        var message = ticket.Interactions.Should().ContainSingle().Subject;
        (message.Author, message.AgentId, message.IsPublic, message.HandleTime).Should().Be((AuthorKind.Agent, (AgentId?)Agent, isPublic, (Duration?)Duration.FromMinutes(4)));
        ticket.History[^1].Should().Be(new TicketStatusChanged(ticket.Id, TicketStatus.New, TicketStatus.Open, StatusChangeTrigger.AgentMessage, At(5)));
    }

    [Fact]
    public void AddAgentReply_OnAPendingTicket_KeepsItPending()
    {
        var ticket = InStatus(TicketStatus.Pending);

        ticket.AddAgentReply(Agent, "Just checking in.", isPublic: true, At(5));

        ticket.Status.Should().Be(TicketStatus.Pending);
    }

    [Fact]
    public void AddSystemMessage_NeverChangesTheStatus_AndHasNoAgent()
    {
        var ticket = NewTicket();

        ticket.AddSystemMessage("Thanks, we received your request.", isPublic: true, At(0));

        ticket.Status.Should().Be(TicketStatus.New);
        var message = ticket.Interactions.Should().ContainSingle().Subject;
        (message.Author, message.AgentId, message.IsPublic).Should().Be((AuthorKind.System, (AgentId?)null, true));
    }

    [Fact]
    public void Messages_KeepTheirOrder_IncludingAtTheSameInstant()
    {
        var ticket = NewTicket();

        ticket.AddCustomerMessage("first", T0);
        ticket.AddSystemMessage("second", isPublic: false, T0);
        ticket.AddAgentReply(Agent, "third", isPublic: true, T0);

        ticket.Interactions.Select(i => i.Body).Should().Equal("first", "second", "third");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Messages_WithoutABody_AreProgrammerErrors_AndChangeNothing(string? body)
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<ArgumentException>("body", () => ticket.AddCustomerMessage(body!, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("body", () => ticket.AddAgentReply(Agent, body!, isPublic: true, At(1)));
        ticket.ShouldRejectArgument<ArgumentException>("body", () => ticket.AddSystemMessage(body!, isPublic: true, At(1)));
    }

    [Fact]
    public void AddAgentReply_WithBadArguments_IsAProgrammerError_AndChangesNothing()
    {
        var ticket = NewTicket();

        ticket.ShouldRejectArgument<ArgumentException>("agentId", () => ticket.AddAgentReply(default, "x", isPublic: true, At(1)));
        ticket.ShouldRejectArgument<ArgumentOutOfRangeException>("handleTime", () => ticket.AddAgentReply(Agent, "x", isPublic: true, At(1), handleTime: Duration.FromSeconds(-1)));
        ticket.ShouldRejectArgument<ArgumentException>("channel", () => ticket.AddAgentReply(Agent, "x", isPublic: true, At(1), channel: default(Channel)));
        ticket.ShouldRejectArgument<ArgumentOutOfRangeException>("at", () => ticket.AddAgentReply(Agent, "x", isPublic: true, Instant.MaxValue));
        ticket.ShouldRejectArgument<ArgumentOutOfRangeException>("at", () => ticket.AddCustomerMessage("x", Instant.MinValue));
    }

    [Fact]
    public void AddAgentReply_WithZeroHandleTime_IsAccepted()
    {
        var ticket = NewTicket();

        ticket.AddAgentReply(Agent, "x", isPublic: false, At(1), handleTime: Duration.Zero);

        ticket.Interactions[0].HandleTime.Should().Be(Duration.Zero);
    }
}
