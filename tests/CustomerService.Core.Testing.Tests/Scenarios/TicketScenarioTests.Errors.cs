using System;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Tests.Scenarios.ScenarioFixtures;

namespace CustomerService.Core.Testing.Tests.Scenarios;

/// <summary>Every bad input: a clear error, and the scenario it was called on unchanged.</summary>
public sealed partial class TicketScenarioTests
{
    private static readonly TicketScenarioSetup Desk =
        TicketScenario.Under(OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1))), AllCalendars);

    [Fact]
    public void After_NegativeDuration_ThrowsAndTheStoryStaysWhereItWas()
    {
        var scenario = Desk.OpenedAt("2025-03-07 16:00", NewYork).CustomerWrites().After(Duration.FromMinutes(40));

        var act = () => scenario.After(Duration.FromMinutes(-10));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "duration" && e.Message.Contains("does not go back in time") && e.Message.Contains("2025-03-07 16:40 (America/New_York)"));
        scenario.Now.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 40));
    }

    [Fact]
    public void After_PastTheEndOfTime_Throws()
    {
        var scenario = Desk.OpenedAt(Monday0900);

        var act = () => scenario.After(Duration.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration").WithMessage("*end of time*");
        scenario.Now.Should().Be(Monday0900);
    }

    [Fact]
    public void At_AnEarlierInstant_ThrowsAndSaysWhereTheStoryIs()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(1));

        var act = () => scenario.At(Monday0900 + Duration.FromMinutes(30));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "instant" && e.Message.Contains("2025-03-03 09:30 (UTC) is before the story's clock, 2025-03-03 10:00"));
        scenario.Now.Should().Be(Monday0900 + Duration.FromHours(1));
        scenario.History.Should().HaveCount(2);
    }

    [Fact]
    public void At_AnEarlierLocalTime_Throws()
    {
        var scenario = Desk.OpenedAt("2025-03-07 16:00", NewYork).After(Duration.FromHours(1));

        var act = () => scenario.At("2025-03-07 16:30");
        var actLocal = () => scenario.At(new LocalDateTime(2025, 3, 7, 16, 30));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("localDateTime").WithMessage("*does not go back in time*");
        actLocal.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("localDateTime");
        scenario.Now.Should().Be(Instant.FromUtc(2025, 3, 7, 22, 0));
    }

    [Fact]
    public void EvaluateAt_BeforeTheStorysClock_Throws()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(1));

        scenario.Invoking(s => s.EvaluateAt(Monday0900)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant");
        scenario.Invoking(s => s.EvaluateAt("2025-03-03 09:59")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("localDateTime");
        scenario.Invoking(s => s.EvaluateAt(new LocalDateTime(2025, 3, 3, 9, 59))).Should().Throw<ArgumentOutOfRangeException>();
        scenario.Invoking(s => s.EvaluateAfter(-Duration.Epsilon)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        scenario.EvaluateAt("2025-03-03 10:00").EvaluatedAt.Should().Be(scenario.Now, "the clock itself is not in the past");
    }

    [Theory]
    [InlineData("2025-03-07T16:00")]
    [InlineData("2025-03-07")]
    [InlineData("16:00")]
    [InlineData("07/03/2025 16:00")]
    [InlineData("2025-02-30 10:00")]
    [InlineData("2025-03-07 16:00 EST")]
    [InlineData("")]
    public void OpenedAt_UnparsableLocalTime_ThrowsAndNamesTheFormat(string text)
    {
        var act = () => Desk.OpenedAt(text, NewYork);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "localDateTime" && e.Message.Contains("uuuu-MM-dd HH:mm or uuuu-MM-dd HH:mm:ss") && e.Message.Contains($"'{text}'"));
    }

    [Fact]
    public void At_UnparsableLocalTime_ThrowsAndTheStoryIsUnchanged()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites();

        scenario.Invoking(s => s.At("next monday")).Should().Throw<ArgumentException>().WithMessage("*uuuu-MM-dd HH:mm*");
        scenario.Invoking(s => s.EvaluateAt("soon")).Should().Throw<ArgumentException>().WithMessage("*uuuu-MM-dd HH:mm*");
        scenario.Now.Should().Be(Monday0900);
    }

    [Fact]
    public void LocalTimes_WithSecondsOr24_00_AreRead()
    {
        var scenario = Desk.OpenedAt("2025-03-07 16:00:30", NewYork).At("2025-03-07 16:00:45");
        var midnight = Desk.OpenedAt("2025-03-07 24:00", DateTimeZone.Utc);

        scenario.History[0].OccurredAt.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 0, 30));
        scenario.Now.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 0, 45));
        midnight.Now.Should().Be(Instant.FromUtc(2025, 3, 8, 0, 0), "24:00 is the midnight that ends the day, as in calendars");
    }

    [Fact]
    public void OpenedAt_NullArguments_Throw()
    {
        Desk.Invoking(d => d.OpenedAt(null!, NewYork)).Should().Throw<ArgumentNullException>().WithParameterName("localDateTime");
        Desk.Invoking(d => d.OpenedAt("2025-03-07 16:00", null!)).Should().Throw<ArgumentNullException>().WithParameterName("zone");
        Desk.Invoking(d => d.OpenedAt(Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void OpenedAt_ATimeSkippedByDaylightSaving_MovesForwardByTheGap()
    {
        // 2025-03-09 02:30 does not exist in New York: clocks went from 02:00 EST to 03:00 EDT.
        var scenario = Desk.OpenedAt("2025-03-09 02:30", NewYork);

        scenario.Now.Should().Be(Instant.FromUtc(2025, 3, 9, 7, 30));
        scenario.Now.InZone(NewYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 3, 9, 3, 30));
    }

    [Fact]
    public void At_AnAmbiguousLocalTime_TakesTheEarlierOffset()
    {
        // 2025-11-02 01:30 happens twice in New York; the first is EDT (-04:00).
        var scenario = Desk.OpenedAt("2025-11-02 00:00", NewYork).At("2025-11-02 01:30");

        scenario.Now.Should().Be(Instant.FromUtc(2025, 11, 2, 5, 30));
    }

    [Fact]
    public void Solved_Twice_SurfacesTheTicketsRuleAndTheScenarioIsUnchanged()
    {
        var solved = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(1)).AgentReplies().Solved();
        var before = solved.ToString();

        var act = () => solved.After(Duration.FromMinutes(5)).Solved();

        act.Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be(TicketErrors.StatusUnchanged);
        solved.ToString().Should().Be(before);
        solved.History.Should().HaveCount(5);
        solved.ToTicket().Status.Should().Be(TicketStatus.Solved);
    }

    [Fact]
    public void AgentAsksForMore_OnASolvedTicket_IsRejectedWholeAndTheReplyIsNotKept()
    {
        var solved = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(1)).AgentReplies().Solved();
        var historyBefore = solved.History.Count;

        var act = () => solved.After(Duration.FromMinutes(5)).AgentAsksForMore();

        act.Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be(TicketErrors.IllegalTransition);
        solved.History.Should().HaveCount(historyBefore);
        solved.ToTicket().Interactions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("close an open ticket", TicketErrors.NotSolved)]
    [InlineData("reopen an open ticket", TicketErrors.NotSolved)]
    [InlineData("write on a closed ticket", TicketErrors.Closed)]
    [InlineData("reply on a closed ticket", TicketErrors.Closed)]
    [InlineData("pending twice", TicketErrors.StatusUnchanged)]
    [InlineData("merge into itself", TicketErrors.MergeIntoSelf)]
    public void RejectedVerb_SurfacesTheTicketsCodeAndTheScenarioIsUnchanged(string story, string code)
    {
        var open = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromMinutes(10)).AgentReplies();
        var closed = open.Solved().After(Duration.FromDays(3)).Closed();
        var pending = open.MarkedPending();
        var (scenario, verb) = story switch
        {
            "close an open ticket" => (open, (Func<TicketScenario, TicketScenario>)(s => s.Closed())),
            "reopen an open ticket" => (open, s => s.Reopened()),
            "write on a closed ticket" => (closed, s => s.CustomerWrites()),
            "reply on a closed ticket" => (closed, s => s.AgentReplies()),
            "pending twice" => (pending, s => s.MarkedPending()),
            _ => (open, s => s.MergedAsDuplicate(into: s.TicketId)),
        };
        var before = scenario.ToString();
        var count = scenario.History.Count;

        var act = () => verb(scenario);

        act.Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be(code);
        scenario.ToString().Should().Be(before);
        scenario.History.Should().HaveCount(count);
    }

    [Fact]
    public void Tagged_AnInvalidTag_ThrowsTheTicketsArgumentErrorAndTheScenarioIsUnchanged()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites();

        scenario.Invoking(s => s.Tagged("not a tag")).Should().Throw<ArgumentException>().WithParameterName("tags");
        scenario.Invoking(s => s.Tagged(null!)).Should().Throw<ArgumentNullException>();
        scenario.Invoking(s => s.WithTags("ok")).Should().Throw<InvalidOperationException>();
        scenario.History.Should().HaveCount(2);
    }

    [Fact]
    public void OpeningDescription_InvalidValues_ThrowTheTicketsArgumentErrors()
    {
        var opened = Desk.OpenedAt(Monday0900);

        opened.Invoking(s => s.WithPriority((Priority)99)).Should().Throw<ArgumentException>();
        opened.Invoking(s => s.Via(default)).Should().Throw<ArgumentException>();
        opened.Invoking(s => s.WithTags("white space")).Should().Throw<ArgumentException>();
        opened.Invoking(s => s.WithCustomField("plan", null!)).Should().Throw<ArgumentNullException>();
        opened.Invoking(s => s.ForCustomer(default(Customers.CustomerTier))).Should().Throw<ArgumentException>();
        opened.Invoking(s => s.ForCustomer((SlaCustomerContext)null!)).Should().Throw<ArgumentNullException>();
        opened.Invoking(s => s.WithTicketId(default)).Should().Throw<ArgumentException>();
        opened.Invoking(s => s.ByAgent(default(AgentId))).Should().Throw<ArgumentException>();
        opened.ToTicket().Should().Match<Ticket>(t => t.Priority == Priority.Normal && t.Channel == Channel.Email && t.Tags.Count == 0);
    }

    [Fact]
    public void OpeningDescription_AfterTheStoryMovedOn_ThrowsAndPointsToTheStoryVerb()
    {
        var written = Desk.OpenedAt(Monday0900).CustomerWrites();
        var later = Desk.OpenedAt(Monday0900).After(Duration.FromMinutes(1));

        written.Invoking(s => s.WithPriority(Priority.High)).Should().Throw<InvalidOperationException>()
            .WithMessage("WithPriority describes the ticket as it was opened*PriorityChangedTo*");
        later.Invoking(s => s.InGroup(Billing)).Should().Throw<InvalidOperationException>().WithMessage("*MovedToGroup*");
        written.ToTicket().Priority.Should().Be(Priority.Normal);
    }

    [Fact]
    public void Under_PoliciesNamingAMissingCalendar_ThrowsTheEnginesError()
    {
        var policies = OnePolicy("nowhere", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));

        var act = () => TicketScenario.Under(policies, AllCalendars);

        act.Should().Throw<InvalidSlaPolicyException>().WithMessage("*nowhere*");
        FluentActions.Invoking(() => TicketScenario.Under((SlaEngine)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Evaluate_ForACustomerWhoseCalendarTheEngineLacks_ThrowsTheEnginesError()
    {
        var scenario = Desk.OpenedAt(Monday0900).ForCustomer(new SlaCustomerContext(Customers.CustomerTier.Standard, "nowhere")).CustomerWrites();

        scenario.Invoking(s => s.EvaluateNow()).Should().Throw<ArgumentException>().WithMessage("*customer's calendar*");
    }

    [Fact]
    public void PriorityChangedTo_TheSamePriority_RecordsNothingAndTheStorySaysSo()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites();

        var same = scenario.After(Duration.FromMinutes(5)).PriorityChangedTo(Priority.Normal);

        same.History.Should().HaveCount(scenario.History.Count);
        same.ToString().Should().Contain("priority changed to Normal (no change: nothing recorded)");
    }
}
