using System.Linq;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>Each built-in metric's start, pause and stop (SLA-SEMANTICS §2), on a 24/7 clock so that times read plainly.</summary>
public sealed class SlaEngineMetricTests
{
    private static readonly Instant T0 = Utc("2025-03-03 09:00");

    private static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    private static SlaEngine Engine(SlaMetric metric) => SlaFixtures.Engine(metric, Duration.FromHours(8), hours: SlaHoursMode.Calendar);

    [Fact]
    public void FirstReply_StartsAtOpening_StopsAtFirstPublicAgentReply()
    {
        var ticket = Open(T0);
        ticket.Reply(At(30));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Single(SlaMetric.FirstReply);

        state.Stage.Should().Be(SlaStage.Achieved);
        state.StartedAt.Should().Be(T0);
        state.EndedAt.Should().Be(At(30));
        state.Elapsed.Should().Be(Duration.FromMinutes(30));
    }

    [Fact]
    public void FirstReply_InternalNotesAndSystemMessages_DoNotStopIt()
    {
        var ticket = Open(T0);
        ticket.Note(At(10));
        ticket.AddSystemMessage("We received your request", isPublic: true, At(11));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Single(SlaMetric.FirstReply);

        state.Stage.Should().Be(SlaStage.Running);
        state.Elapsed.Should().Be(Duration.FromMinutes(60));
    }

    [Fact]
    public void FirstReply_AgentCreatedTicket_StartsAtItsFirstPublicMessage_AndCountsToTheNextPublicAgentReply()
    {
        var ticket = OpenByAgent(T0);
        ticket.Note(At(5));
        ticket.Reply(At(10));
        ticket.Writes(At(20));
        ticket.Reply(At(50));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Single(SlaMetric.FirstReply);

        state.StartedAt.Should().Be(At(10));
        state.EndedAt.Should().Be(At(50));
        state.Elapsed.Should().Be(Duration.FromMinutes(40));
        state.Stage.Should().Be(SlaStage.Achieved);
    }

    [Fact]
    public void FirstReply_AgentCreatedTicket_AnAutomatedAcknowledgementDoesNotStartIt()
    {
        var ticket = OpenByAgent(T0);
        ticket.AddSystemMessage("We received your request", isPublic: true, At(1));
        ticket.Writes(At(10));
        ticket.Reply(At(25));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Single(SlaMetric.FirstReply);

        state.StartedAt.Should().Be(At(10), "the customer's message is the first public message by a person");
        state.Elapsed.Should().Be(Duration.FromMinutes(15));
    }

    [Fact]
    public void FirstReply_AgentCreatedTicketWithoutPublicMessage_HasNoTargetYet()
    {
        var ticket = OpenByAgent(T0);
        ticket.Note(At(5));

        Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Targets.Should().BeEmpty();
    }

    [Fact]
    public void FirstReply_SolvedWithoutReply_IsCancelled()
    {
        var ticket = Open(T0);
        ticket.Solve(At(20));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(60)).Single(SlaMetric.FirstReply);

        state.Stage.Should().Be(SlaStage.Cancelled);
        state.EndedAt.Should().Be(At(20));
    }

    [Fact]
    public void NextReply_OneCyclePerUnansweredRun_FromTheOldestCustomerMessage()
    {
        var ticket = Open(T0);
        ticket.Writes(At(5));
        ticket.Reply(At(10));
        ticket.Writes(At(20));
        ticket.Writes(At(25));
        ticket.Reply(At(40));
        ticket.Writes(At(50));

        var states = Engine(SlaMetric.NextReply).Evaluate(ticket, At(70)).For(SlaMetric.NextReply).ToList();

        states.Should().HaveCount(2, "a customer message before the first reply starts no NextReply");
        states[0].StartedAt.Should().Be(At(20));
        states[0].EndedAt.Should().Be(At(40));
        states[0].Elapsed.Should().Be(Duration.FromMinutes(20));
        states[0].Stage.Should().Be(SlaStage.Achieved);
        states[1].Cycle.Should().Be(2);
        states[1].StartedAt.Should().Be(At(50));
        states[1].Stage.Should().Be(SlaStage.Running);
        states[1].Elapsed.Should().Be(Duration.FromMinutes(20));
    }

    [Fact]
    public void PeriodicUpdate_EachReplyStopsOneCycleAndStartsTheNext()
    {
        var ticket = Open(T0);
        ticket.Reply(At(30));
        ticket.Reply(At(100));

        var states = Engine(SlaMetric.PeriodicUpdate).Evaluate(ticket, At(120)).For(SlaMetric.PeriodicUpdate).ToList();

        states.Select(s => (s.StartedAt, s.EndedAt, s.Stage)).Should().Equal(
            (T0, (Instant?)At(30), SlaStage.Achieved),
            (At(30), (Instant?)At(100), SlaStage.Achieved),
            (At(100), (Instant?)null, SlaStage.Running));
    }

    [Fact]
    public void PausableUpdate_PausesWhilePending()
    {
        var ticket = Open(T0);
        ticket.Reply(At(10));
        ticket.ChangeStatus(TicketStatus.Pending, At(20));
        ticket.Writes(At(80));

        var state = Engine(SlaMetric.PausableUpdate).Evaluate(ticket, At(100)).Single(SlaMetric.PausableUpdate, cycle: 2);

        state.Elapsed.Should().Be(Duration.FromMinutes(30), "10 minutes before Pending and 20 after the customer's answer reopened it");
        state.PausedTime.Should().Be(Duration.FromMinutes(60));
        state.Stage.Should().Be(SlaStage.Running);
        state.DueAt.Should().Be(At(100) + Duration.FromHours(8) - Duration.FromMinutes(30));
    }

    [Fact]
    public void RequesterWaitTime_PausesWhilePending_StopsAtSolved()
    {
        var ticket = Open(T0);
        ticket.ChangeStatus(TicketStatus.Pending, At(10));
        ticket.ChangeStatus(TicketStatus.OnHold, At(30));
        ticket.Solve(At(60));

        var state = Engine(SlaMetric.RequesterWaitTime).Evaluate(ticket, At(90)).Single(SlaMetric.RequesterWaitTime);

        state.Elapsed.Should().Be(Duration.FromMinutes(40), "On-hold time is waiting time for the customer");
        state.Stage.Should().Be(SlaStage.Achieved);
    }

    [Fact]
    public void AgentWorkTime_PausesWhilePendingOrOnHold()
    {
        var ticket = Open(T0);
        ticket.ChangeStatus(TicketStatus.Pending, At(10));
        ticket.ChangeStatus(TicketStatus.OnHold, At(30));
        ticket.ChangeStatus(TicketStatus.Open, At(45));
        ticket.Solve(At(60));

        var state = Engine(SlaMetric.AgentWorkTime).Evaluate(ticket, At(90)).Single(SlaMetric.AgentWorkTime);

        state.Elapsed.Should().Be(Duration.FromMinutes(25));
        state.PausedTime.Should().Be(Duration.FromMinutes(35));
    }

    [Fact]
    public void Resolution_ReopenContinuesTheSameClock_WithTheTimeAlreadyUsed()
    {
        var ticket = Open(T0);
        ticket.Solve(At(60));
        ticket.Reopen(At(120));

        var report = Engine(SlaMetric.Resolution).Evaluate(ticket, At(150));

        report.For(SlaMetric.Resolution).Should().ContainSingle();
        var state = report.Single(SlaMetric.Resolution);
        state.Stage.Should().Be(SlaStage.Running);
        state.Elapsed.Should().Be(Duration.FromMinutes(90));
        state.PausedTime.Should().Be(Duration.Zero, "the solved hour is not a pause: the clock had stopped");
    }

    [Fact]
    public void Resolution_PauseSetComesFromThePolicy()
    {
        var policy = SlaPolicy.Create("on-hold-pauses").PausedWhile(TicketStatus.Pending, TicketStatus.OnHold)
            .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8), SlaHoursMode.Calendar).Build();
        var engine = new SlaEngine(SlaPolicySet.Create().Add(policy).Build(), AllCalendars);
        var ticket = Open(T0);
        ticket.ChangeStatus(TicketStatus.OnHold, At(10));
        ticket.ChangeStatus(TicketStatus.Open, At(40));

        engine.Evaluate(ticket, At(60)).Single(SlaMetric.Resolution).Elapsed.Should().Be(Duration.FromMinutes(30));
    }

    [Fact]
    public void EventsAfterTheEvaluationInstant_AreIgnored()
    {
        var ticket = Open(T0);
        ticket.Reply(At(30));

        var state = Engine(SlaMetric.FirstReply).Evaluate(ticket, At(20)).Single(SlaMetric.FirstReply);

        state.Stage.Should().Be(SlaStage.Running);
        state.Elapsed.Should().Be(Duration.FromMinutes(20));
    }

    [Fact]
    public void CustomMetric_StartsOnAssignmentToAGroup_StopsWhenTheGroupHandsItOn()
    {
        var handOff = SlaMetric.Define("group-handoff")
            .StartsWhen(SlaTrigger.GroupAssigned())
            .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved))
            .ResetsWhen(SlaTrigger.GroupAssigned())
            .Build();
        var engine = SlaFixtures.Engine(handOff, Duration.FromHours(1), hours: SlaHoursMode.Calendar);
        var ticket = Open(T0);
        ticket.AssignToGroup(Billing, At(10));
        ticket.AssignToGroup(GroupId.New(), At(40));
        ticket.Solve(At(55));

        var states = engine.Evaluate(ticket, At(60)).For(handOff).ToList();

        states.Should().HaveCount(2);
        states[0].Stage.Should().Be(SlaStage.Cancelled, "a reset ends the cycle and starts a new one");
        states[0].Elapsed.Should().Be(Duration.FromMinutes(30));
        states[1].StartedAt.Should().Be(At(40));
        states[1].Stage.Should().Be(SlaStage.Achieved);
        states[1].Elapsed.Should().Be(Duration.FromMinutes(15));
    }

    [Fact]
    public void ClocksThatRunAlike_OnDifferentCalendars_AreEachMeasuredInTheirOwnHours()
    {
        // Resolution and agent work time both pause while Pending here, so they run over the same segments (which the engine
        // measures once where it can): each still counts them on its own target's calendar.
        var policy = SlaPolicy.Create("two-calendars")
            .WithTarget(new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(16), calendarId: "nine-to-five"))
            .WithTarget(new SlaTarget(SlaMetric.AgentWorkTime, Priority.Normal, Duration.FromHours(8), calendarId: "eight-to-five"))
            .Build();
        var engine = new SlaEngine(SlaPolicySet.Create().Add(policy).WithDefaultCalendar("nine-to-five").Build(), AllCalendars);
        var ticket = Open(Utc("2025-03-03 08:00"));
        ticket.ChangeStatus(TicketStatus.Pending, Utc("2025-03-03 08:15"));
        ticket.ChangeStatus(TicketStatus.Open, Utc("2025-03-03 09:30"));
        ticket.Solve(Utc("2025-03-03 10:00"));

        var report = engine.Evaluate(ticket, Utc("2025-03-03 11:00"));

        var resolution = report.Single(SlaMetric.Resolution);
        resolution.Elapsed.Should().Be(Duration.FromMinutes(30));
        resolution.PausedTime.Should().Be(Duration.FromMinutes(30));
        var agentWork = report.Single(SlaMetric.AgentWorkTime);
        agentWork.Elapsed.Should().Be(Duration.FromMinutes(45));
        agentWork.PausedTime.Should().Be(Duration.FromMinutes(75));
    }
}
