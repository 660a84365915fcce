using System.Linq;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>A target that changes under a running clock (SLA-SEMANTICS §4): the three options side by side.</summary>
public sealed class SlaEngineRetargetingTests
{
    // Normal: 24 calendar hours. High: 2 business hours on Mon-Fri 09-17 UTC.
    private static SlaEngine Engine(SlaRetargeting retargeting) => new(
        SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard", 2)
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(24), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(2))
                .Build())
            .WithDefaultCalendar("nine-to-five")
            .WithRetargeting(retargeting)
            .Build(),
        AllCalendars);

    // Opened Friday 16:00 at Normal; raised to High on Saturday 10:00; looked at on Monday 09:30.
    private static Ticket RaisedOnSaturday()
    {
        var ticket = Open(Utc("2025-03-07 16:00"));
        ticket.ChangePriority(Priority.High, Utc("2025-03-08 10:00"));
        return ticket;
    }

    private static readonly Instant Monday0930 = Utc("2025-03-10 09:30");

    // Resolution: Normal 8 business hours, High 2, under the default retargeting.
    private static SlaEngine NormalEightHighTwo() => new(
        SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(2))
                .Build())
            .WithDefaultCalendar("nine-to-five")
            .Build(),
        AllCalendars);

    [Fact]
    public void RecomputeFromStart_MeasuresTheNewTargetFromTheStart_InItsOwnHours()
    {
        var state = Engine(SlaRetargeting.RecomputeFromStart).Evaluate(RaisedOnSaturday(), Monday0930).Single(SlaMetric.Resolution);

        state.Target.Priority.Should().Be(Priority.High);
        state.Elapsed.Should().Be(Duration.FromMinutes(90), "Friday 16-17 and Monday 09:00-09:30 in business hours");
        state.Stage.Should().Be(SlaStage.Running);
        state.DueAt.Should().Be(Utc("2025-03-10 10:00"));
        state.Explain().TargetChanges.Should().ContainSingle().Which.At.Should().Be(Utc("2025-03-08 10:00"));
    }

    [Fact]
    public void KeepElapsed_KeepsTheCalendarHoursAlreadyCounted_AndBreachesAtTheChange()
    {
        var state = Engine(SlaRetargeting.KeepElapsed).Evaluate(RaisedOnSaturday(), Monday0930).Single(SlaMetric.Resolution);

        state.Elapsed.Should().Be(Duration.FromMinutes((18 * 60) + 30), "18 calendar hours kept, then 30 business minutes");
        state.Stage.Should().Be(SlaStage.Breached);
        state.BreachAt.Should().Be(Utc("2025-03-08 10:00"));
    }

    [Fact]
    public void Restart_EndsTheOldTarget_AndMeasuresTheNewOneFromTheChange()
    {
        var states = Engine(SlaRetargeting.Restart).Evaluate(RaisedOnSaturday(), Monday0930).For(SlaMetric.Resolution).ToList();

        states.Should().HaveCount(2);
        states[0].Target.Priority.Should().Be(Priority.Normal);
        states[0].Stage.Should().Be(SlaStage.Cancelled);
        states[0].EndedAt.Should().Be(Utc("2025-03-08 10:00"));
        states[0].Elapsed.Should().Be(Duration.FromHours(18));
        states[1].Target.Priority.Should().Be(Priority.High);
        states[1].StartedAt.Should().Be(Utc("2025-03-08 10:00"));
        states[1].Elapsed.Should().Be(Duration.FromMinutes(30));
        states[1].DueAt.Should().Be(Utc("2025-03-10 11:00"), "30 minutes used, 90 left");
        states[1].Stage.Should().Be(SlaStage.Running);
    }

    [Fact]
    public void PriorityRaisedAfterTheTighterTargetPassed_BreachesAtOnce_UnderTheDefault()
    {
        var engine = NormalEightHighTwo();
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.ChangePriority(Priority.High, Utc("2025-03-03 12:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-03 12:30")).Single(SlaMetric.Resolution);

        state.Stage.Should().Be(SlaStage.Breached);
        state.DueAt.Should().Be(Utc("2025-03-03 11:00"), "2 hours from the original start");
        state.BreachAt.Should().Be(Utc("2025-03-03 12:00"), "the breach is known when the tighter target applies");
        state.PolicyVersion.Should().Be(1);
    }

    [Fact]
    public void PriorityLoweredAfterABreach_StaysBreached()
    {
        var engine = NormalEightHighTwo();
        var ticket = Open(Utc("2025-03-03 09:00"), Priority.High);
        ticket.ChangePriority(Priority.Normal, Utc("2025-03-03 12:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-03 13:00")).Single(SlaMetric.Resolution);

        state.Stage.Should().Be(SlaStage.Breached);
        state.BreachAt.Should().Be(Utc("2025-03-03 11:00"));
        state.Target.Priority.Should().Be(Priority.Normal, "the state reports the target now in force");
    }

    [Fact]
    public void PolicyStopsMatching_TheTargetIsCancelled()
    {
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("vip").When(PolicyCondition.HasAnyTag("vip"))
                    .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8), SlaHoursMode.Calendar)
                    .Build())
                .Build(),
            AllCalendars);
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.AddTags(["vip"], Utc("2025-03-03 09:10"));
        ticket.RemoveTags(["vip"], Utc("2025-03-03 10:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-03 12:00")).Single(SlaMetric.Resolution);

        state.Stage.Should().Be(SlaStage.Cancelled);
        state.EndedAt.Should().Be(Utc("2025-03-03 10:00"));
        state.Elapsed.Should().Be(Duration.FromHours(1), "measured from the clock's start, until the policy stopped applying");
    }

    // A clock that the same event both ends and re-targets: the new target never applied to running time, so the cycle
    // that ends keeps the target it ran under, and no state of zero length appears for the new one.
    private static readonly SlaMetric HandOff = SlaMetric.Define("hand-off")
        .StartsWhen(SlaTrigger.GroupAssigned())
        .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved))
        .ResetsWhen(SlaTrigger.GroupAssigned())
        .Build();

    private static readonly GroupId Technical = GroupId.Parse("0b0e2a5e-9a1f-4c55-8f0e-3f7b6f1c2d11");

    [Theory]
    [InlineData(SlaRetargeting.RecomputeFromStart)]
    [InlineData(SlaRetargeting.KeepElapsed)]
    [InlineData(SlaRetargeting.Restart)]
    public void ResetByTheEventThatRetargets_TheEndedCycleKeepsItsTarget(SlaRetargeting retargeting)
    {
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(OlaFor("billing-ola", Billing, Duration.FromHours(1)), OlaFor("technical-ola", Technical, Duration.FromHours(4)))
                .WithRetargeting(retargeting)
                .Build(),
            AllCalendars);
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.AssignToGroup(Billing, Utc("2025-03-03 09:10"));
        ticket.AssignToGroup(Technical, Utc("2025-03-03 09:40"));
        ticket.Solve(Utc("2025-03-03 09:55"));

        var states = engine.Evaluate(ticket, Utc("2025-03-03 10:00")).For(HandOff).ToList();

        states.Select(s => (s.Cycle, s.PolicyId, s.Stage, s.Elapsed)).Should().Equal(
            (1, "billing-ola", SlaStage.Cancelled, Duration.FromMinutes(30)),
            (2, "technical-ola", SlaStage.Achieved, Duration.FromMinutes(15)));
        states[0].EndedAt.Should().Be(Utc("2025-03-03 09:40"));
        states[0].Explain().TargetChanges.Should().BeEmpty();
    }

    [Theory]
    [InlineData(SlaRetargeting.RecomputeFromStart)]
    [InlineData(SlaRetargeting.KeepElapsed)]
    [InlineData(SlaRetargeting.Restart)]
    public void StopByTheEventThatRetargets_TheStoppedCycleKeepsItsTarget(SlaRetargeting retargeting)
    {
        // Triage runs until the priority is set; the priority it is set to chooses a tighter target, too late to apply.
        var triage = SlaMetric.Define("triage").StartsWhen(SlaTrigger.TicketOpened()).StopsWhen(SlaTrigger.PriorityChanged()).Build();
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("standard")
                    .WithTarget(triage, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Calendar)
                    .WithTarget(triage, Priority.Urgent, Duration.FromMinutes(10), SlaHoursMode.Calendar)
                    .Build())
                .WithRetargeting(retargeting)
                .Build(),
            AllCalendars);
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.ChangePriority(Priority.Urgent, Utc("2025-03-03 09:20"));

        var states = engine.Evaluate(ticket, Utc("2025-03-03 10:00")).For(triage).ToList();

        var state = states.Should().ContainSingle().Subject;
        state.Target.Priority.Should().Be(Priority.Normal);
        state.Stage.Should().Be(SlaStage.Achieved);
        state.Elapsed.Should().Be(Duration.FromMinutes(20));
        state.EndedAt.Should().Be(Utc("2025-03-03 09:20"));
    }

    private static SlaPolicy OlaFor(string id, GroupId group, Duration target) =>
        SlaPolicy.Create(id, 1, SlaPolicyKind.Ola)
            .When(PolicyCondition.GroupIn(group))
            .WithTarget(HandOff, Priority.Normal, target, SlaHoursMode.Calendar)
            .Build();
}
