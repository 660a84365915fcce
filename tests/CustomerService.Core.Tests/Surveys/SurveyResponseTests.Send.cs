using System;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

public sealed partial class SurveyResponseTests
{
    [Fact]
    public void Send_RecordsSurveySent_AndTheResponseIsUnanswered()
    {
        var response = SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 2, Agent, T0);

        response.Id.Should().Be(ResponseId);
        (response.Kind, response.Scale, response.Definition).Should().Be((SurveyKind.Csat, SurveyScale.Csat5, SurveyDefinition.Csat));
        (response.CustomerId, response.TicketId, response.Cycle, response.AttributedAgentId).Should().Be((Customer, (TicketId?)SurveyedTicket, 2, (AgentId?)Agent));
        response.SentAt.Should().Be(T0);
        response.WindowClosesAt.Should().Be(T0 + Duration.FromDays(28));
        response.LastChangedAt.Should().Be(T0);
        response.IsAnswered.Should().BeFalse();
        (response.Score, response.Sentiment, response.AnsweredAt, response.FirstAnsweredAt).Should().Be((null, null, null, null));
        response.Answers.Should().BeEmpty();
        response.Comment.Should().BeNull();
        var sent = new SurveySent(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 2, Agent, T0);
        response.History.Should().Equal(sent);
        response.DomainEvents.Should().Equal(sent);
        response.Version.Should().Be(1);
        response.ToString().Should().Be($"SurveyResponse {ResponseId} (CSAT 1-5, not answered, version 1)");
    }

    [Fact]
    public void Send_WithoutATicketOrAgent_IsAllowed_WithCycleZero()
    {
        var response = SurveyResponse.Send(ResponseId, SurveyDefinition.Nps, Customer, null, 0, null, T0);

        (response.TicketId, response.Cycle, response.AttributedAgentId, response.Key).Should().Be((null, 0, null, null));
    }

    [Fact]
    public void Send_WithBadArguments_Throws()
    {
        void Rejects<TException>(string parameter, Action send)
            where TException : ArgumentException =>
            send.Should().Throw<TException>().WithParameterName(parameter);

        Rejects<ArgumentException>("id", () => SurveyResponse.Send(default, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, T0));
        Rejects<ArgumentNullException>("definition", () => SurveyResponse.Send(ResponseId, null!, Customer, SurveyedTicket, 1, Agent, T0));
        Rejects<ArgumentException>("customerId", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, default, SurveyedTicket, 1, Agent, T0));
        Rejects<ArgumentException>("ticketId", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, default(TicketId), 1, Agent, T0));
        Rejects<ArgumentOutOfRangeException>("cycle", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, -1, Agent, T0));
        Rejects<ArgumentOutOfRangeException>("cycle", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, null, 1, Agent, T0));
        Rejects<ArgumentException>("attributedAgentId", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, default(AgentId), T0));
        Rejects<ArgumentOutOfRangeException>("sentAt", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, Instant.MaxValue));
        Rejects<ArgumentOutOfRangeException>("sentAt", () => SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, Instant.MinValue));
    }

    [Fact]
    public void SendFor_ASolvedTicket_TakesItsCustomer_ItsSolveCountAsCycle_AndItsAssigneeNow()
    {
        var ticket = Tickets.TicketFixtures.NewTicket();
        ticket.AssignTo(Agent, At(1));
        ticket.Solve(At(2));

        var response = SurveyResponse.SendFor(ticket, ResponseId, SurveyDefinition.Csat, At(3));
        ticket.AssignTo(OtherAgent, At(4));

        (response.CustomerId, response.TicketId, response.Cycle).Should().Be((ticket.CustomerId, (TicketId?)ticket.Id, 1));
        response.AttributedAgentId.Should().Be(Agent, "the answer counts for the agent assigned when the survey was sent, not later ones");
        response.Key.Should().Be(new SurveyResponseKey(ticket.Id, SurveyKind.Csat, 1));
    }

    [Fact]
    public void SendFor_AReopenedAndResolvedTicket_IsANewCycle_WithItsOwnKeyAndAgent()
    {
        var ticket = Tickets.TicketFixtures.NewTicket();
        ticket.AssignTo(Agent, At(1));
        ticket.Solve(At(2));
        var first = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Csat, At(3));
        ticket.Reopen(At(4));
        ticket.AssignTo(OtherAgent, At(5));
        ticket.Solve(At(6));

        var second = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Csat, At(7));
        var nps = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Nps, At(7));

        (first.Cycle, second.Cycle).Should().Be((1, 2));
        (first.AttributedAgentId, second.AttributedAgentId).Should().Be(((AgentId?)Agent, (AgentId?)OtherAgent));
        new[] { first.Key, second.Key, nps.Key }.Should().OnlyHaveUniqueItems("each cycle and each kind has a response of its own");
    }

    [Fact]
    public void SendFor_AnUnassignedTicket_AttributesToNoAgent()
    {
        var ticket = Tickets.TicketFixtures.NewTicket();
        ticket.Solve(At(1));

        SurveyResponse.SendFor(ticket, ResponseId, SurveyDefinition.Ces, At(1)).AttributedAgentId.Should().BeNull();
    }

    [Fact]
    public void SendFor_BeforeTheTicketsLastEvent_OrWithoutATicket_Throws()
    {
        var ticket = Tickets.TicketFixtures.NewTicket();
        ticket.Solve(At(5));

        FluentActions.Invoking(() => SurveyResponse.SendFor(ticket, ResponseId, SurveyDefinition.Csat, At(4)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sentAt");
        FluentActions.Invoking(() => SurveyResponse.SendFor(null!, ResponseId, SurveyDefinition.Csat, At(5)))
            .Should().Throw<ArgumentNullException>().WithParameterName("ticket");
        FluentActions.Invoking(() => SurveyResponse.SendFor(ticket, ResponseId, SurveyDefinition.Csat, Instant.MaxValue))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sentAt");
    }

    [Fact]
    public void WindowClosesAt_NearTheEndOfTime_DoesNotOverflow()
    {
        var late = Instant.MaxValue - Duration.FromDays(1);
        var response = SurveyResponse.Send(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, late);

        response.WindowClosesAt.Should().Be(Instant.MaxValue);
        response.CanAnswer(5, late + Duration.FromHours(1)).Should().BeTrue();
    }
}
