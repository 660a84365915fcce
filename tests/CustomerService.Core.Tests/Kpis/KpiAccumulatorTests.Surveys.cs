using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

// Survey KPIs from real SurveyResponse aggregates: hand-computed CSAT, NPS and CES, attribution and grouping.
public sealed partial class KpiAccumulatorTests
{
    [Fact]
    public void AddResponse_EightSatisfiedOfTenRated_CsatIsEighty()
    {
        // 5, 4, 5, 4, 5, 4, 5, 4 are satisfied on 1-5; 3 is neutral and 1 dissatisfied; two more are never answered.
        var responses = new[] { 5, 4, 5, 4, 5, 4, 5, 4, 3, 1 }.Select(s => Answered(SurveyDefinition.Csat, s))
            .Append(Answered(SurveyDefinition.Csat, null)).Append(Answered(SurveyDefinition.Csat, null));

        var figures = SurveyReport(KpiOptions.Default, responses).Overall;

        figures.Csat.Should().Be(new CsatTally(Rated: 10, Satisfied: 8));
        figures.Csat.Score.Should().Be(80);
        figures.Nps.Should().Be(default(NpsTally));
        figures.Ces.Should().Be(default(CesTally));
        figures.TicketsCreated.Should().Be(0);
    }

    [Fact]
    public void AddResponse_OtherCsatScales_UseTheirOwnSatisfiedBand()
    {
        var responses = new[]
        {
            Answered(new SurveyDefinition(SurveyScale.Csat3), 3),         // satisfied
            Answered(new SurveyDefinition(SurveyScale.Csat3), 2),         // neutral
            Answered(new SurveyDefinition(SurveyScale.Csat7), 5),         // satisfied
            Answered(new SurveyDefinition(SurveyScale.Csat7), 4),         // neutral
            Answered(new SurveyDefinition(SurveyScale.CsatGoodBad), 2),   // good: satisfied
        };

        SurveyReport(KpiOptions.Default, responses).Overall.Csat.Should().Be(new CsatTally(5, 3));
    }

    [Fact]
    public void AddResponse_FiftyPercentPromotersTenPercentDetractors_NpsIsForty()
    {
        // Promoters 10, 9, 10, 9, 10; passives 8, 7, 8, 7; detractor 6.
        var responses = new[] { 10, 9, 10, 9, 10, 8, 7, 8, 7, 6 }.Select(s => Answered(SurveyDefinition.Nps, s));

        var nps = SurveyReport(KpiOptions.Default, responses).Overall.Nps;

        nps.Should().Be(new NpsTally(Responses: 10, Promoters: 5, Detractors: 1));
        nps.Score.Should().Be(40);
        nps.Passives.Should().Be(4);
    }

    [Fact]
    public void AddResponse_KnownCesScores_MeanAndPercentEasy()
    {
        // 7 + 6 + 5 + 4 + 2 + 3 + 1 + 4 = 32, mean 4; easy (5-7): 3 of 8.
        var responses = new[] { 7, 6, 5, 4, 2, 3, 1, 4 }.Select(s => Answered(SurveyDefinition.Ces, s));

        var ces = SurveyReport(KpiOptions.Default, responses).Overall.Ces;

        ces.Should().Be(new CesTally(Responses: 8, ScoreSum: 32, Easy: 3));
        ces.Mean.Should().Be(4);
        ces.PercentEasy.Should().Be(37.5);
    }

    [Fact]
    public void AddResponse_Unanswered_IsNotRated()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default with { Groupings = [KpiDimensions.Agent] });
        var empty = kpis.Result();

        kpis.Add(Answered(SurveyDefinition.Csat, null));
        kpis.Add(Answered(SurveyDefinition.Nps, null));

        kpis.Result().Should().Be(empty);
        kpis.Result().Groups.Should().BeEmpty();
    }

    [Fact]
    public void AddResponse_Revised_CountsOnceWithTheLatestScoreInThePeriodOfTheLatestAnswer()
    {
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.Period] };
        var response = Answered(SurveyDefinition.Csat, 2);
        response.Answer(5, At(2 * 24 * 60));   // revised two days later: dissatisfied, then satisfied

        var report = SurveyReport(options, [response]);

        response.Answers.Should().HaveCount(2);
        report.Overall.Csat.Should().Be(new CsatTally(1, 1));
        report.Find(new KpiGroupKey(KpiDimensions.Period, PeriodStart: new LocalDate(2025, 3, 5)))!.Csat.Should().Be(new CsatTally(1, 1));
        report.Groups.Should().ContainSingle();
    }

    [Fact]
    public void AddResponse_GroupedByAgentAndChannel_AgentIsTheAttributedOneAndTheRestComesFromTheTicket()
    {
        var options = KpiOptions.Default with
        {
            Groupings = [KpiDimensions.Agent, KpiDimensions.Group | KpiDimensions.Channel | KpiDimensions.Priority, KpiDimensions.CustomerTier],
        };
        var ticket = Opened(channel: Channel.Chat, priority: Priority.High).Assigned(Agent, 1).Reply(10).Solved(20);
        var response = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Csat, At(30));
        response.Answer(5, At(40));
        ticket.AssignTo(OtherAgent, Billing, At(50));   // reassigned after the survey: the response stays Agent's
        var withoutTicket = SurveyResponse.Send(SurveyResponseId.New(), SurveyDefinition.Nps, CustomerService.Core.Tests.Tickets.TicketFixtures.Customer, null, 0, null, At(30));
        withoutTicket.Answer(9, At(60));

        var kpis = new KpiAccumulator(options);
        kpis.Add(response, ticket, CustomerTier.Create("gold"));
        kpis.Add(withoutTicket);
        var report = kpis.Result();

        report.Find(new KpiGroupKey(KpiDimensions.Agent, Agent))!.Csat.Should().Be(new CsatTally(1, 1));
        report.Find(new KpiGroupKey(KpiDimensions.Agent, OtherAgent)).Should().BeNull();
        report.Find(new KpiGroupKey(KpiDimensions.Agent))!.Nps.Should().Be(new NpsTally(1, 1, 0));
        var byTicket = new KpiGroupKey(KpiDimensions.Group | KpiDimensions.Channel | KpiDimensions.Priority, Group: Billing, Channel: Channel.Chat, Priority: Priority.High);
        report.Find(byTicket)!.Csat.Should().Be(new CsatTally(1, 1));
        report.Find(new KpiGroupKey(KpiDimensions.Group | KpiDimensions.Channel | KpiDimensions.Priority))!.Nps.Score.Should().Be(100);
        report.Find(new KpiGroupKey(KpiDimensions.CustomerTier, CustomerTier: CustomerTier.Create("gold")))!.Csat.Rated.Should().Be(1);
    }

    [Fact]
    public void AddResponse_AnotherTicket_ThrowsAndAddsNothing()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        var ticket = Opened().Solved(10);
        var response = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Csat, At(20));
        response.Answer(4, At(30));
        var withoutTicket = SurveyResponse.Send(SurveyResponseId.New(), SurveyDefinition.Csat, CustomerService.Core.Tests.Tickets.TicketFixtures.Customer, null, 0, null, At(20));
        withoutTicket.Answer(4, At(30));

        kpis.Invoking(k => k.Add(response, Opened(), null)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ticket");
        kpis.Invoking(k => k.Add(withoutTicket, ticket, null)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ticket");
        kpis.Invoking(k => k.Add((SurveyResponse)null!)).Should().Throw<ArgumentNullException>();
        kpis.Result().Overall.Csat.Should().Be(default(CsatTally));
    }

    private static KpiReport SurveyReport(KpiOptions options, IEnumerable<SurveyResponse> responses)
    {
        var kpis = new KpiAccumulator(options);
        foreach (var response in responses)
        {
            kpis.Add(response);
        }

        return kpis.Result();
    }

    /// <summary>A response about a fresh ticket, attributed to Agent, sent at T0 and answered 5 minutes later (or not, with no score).</summary>
    private static SurveyResponse Answered(SurveyDefinition definition, int? score, int minutes = 5)
    {
        var response = SurveyResponse.Send(SurveyResponseId.New(), definition, CustomerService.Core.Tests.Tickets.TicketFixtures.Customer, TicketId.New(), 1, Agent, T0);
        if (score is { } value)
        {
            response.Answer(value, At(minutes));
        }

        return response;
    }
}
