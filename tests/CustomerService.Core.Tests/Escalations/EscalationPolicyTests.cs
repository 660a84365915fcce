using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Sla;
using CustomerService.Core.Tests.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using NodaTime.Testing;

namespace CustomerService.Core.Tests.Escalations;

public sealed class EscalationPolicyTests
{
    private static readonly SlaWarningThreshold Half = SlaWarningThreshold.PercentOfTarget(50);
    private static readonly SlaWarningThreshold ThreeQuarters = SlaWarningThreshold.PercentOfTarget(75);

    // Freshdesk-like levels: 1 at 50% to the assignee, 2 at 75% to the team lead, 3 at the breach to the manager,
    // 4 at the breach to the director for urgent tickets only.
    private static readonly EscalationPolicy Standard = new(
        "standard",
        [
            EscalationRule.OnWarning(Half, new(1), EscalationKind.Hierarchical, EscalationTarget.Assignee).WithNotification(new EscalationNotification("sla-half")),
            EscalationRule.OnWarning(ThreeQuarters, new(2), EscalationKind.Hierarchical, EscalationTarget.TeamLead),
            EscalationRule.OnBreach(new(3), EscalationKind.Hierarchical, EscalationTarget.Manager),
            EscalationRule.OnBreach(new(4), EscalationKind.Hierarchical, EscalationTarget.Director).ForPriority(Priority.Urgent),
        ]);

    [Fact]
    public void Plan_OverASimulatedDayAndNight_FiresEachLevelOnceAtItsBusinessTimeInstant_NeverAtNight()
    {
        // Resolution in 4 business hours on Mon-Fri 09:00-17:00 UTC; opened Monday 15:30: 1h30 counts on Monday,
        // nothing at night, so 50% (2h) is Tuesday 09:30, 75% (3h) Tuesday 10:30 and the breach Tuesday 11:30.
        var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(4), warnings: [Half, ThreeQuarters]);
        var calendar = SlaFixtures.NineToFive;
        var clock = new FakeClock(SlaFixtures.Utc("2025-03-10 08:00"));
        var ticket = SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 15:30"));
        var fired = new HashSet<EscalationKey>();
        var raised = new List<(Instant Seen, PlannedEscalation Step)>();

        for (var end = SlaFixtures.Utc("2025-03-11 18:00"); clock.GetCurrentInstant() <= end; clock.AdvanceMinutes(1))
        {
            var now = clock.GetCurrentInstant();
            if (now < ticket.OpenedAt)
            {
                continue;
            }

            foreach (var step in Standard.Plan(engine.Evaluate(ticket, now), fired))
            {
                fired.Add(step.Key).Should().BeTrue("a key fires once");
                raised.Add((now, step));
            }
        }

        raised.Select(r => (r.Step.Level.Value, r.Step.At, r.Step.To)).Should().Equal(
            (1, SlaFixtures.Utc("2025-03-11 09:30"), EscalationTarget.Assignee),
            (2, SlaFixtures.Utc("2025-03-11 10:30"), EscalationTarget.TeamLead),
            (3, SlaFixtures.Utc("2025-03-11 11:30"), EscalationTarget.Manager));
        raised.Should().OnlyContain(r => calendar.IsOpen(r.Seen) && calendar.IsOpen(r.Step.At), "a business-hours target never escalates at night");
        foreach (var (seen, step) in raised)
        {
            (seen - step.At).Should().BeLessThanOrEqualTo(Duration.FromMinutes(1), "the monitor sees each fact within a minute of it");
            step.TicketId.Should().Be(ticket.Id);
            step.Key.MetricId.Should().Be(SlaMetric.Resolution.Id);
        }

        raised[0].Step.Notification!.TemplateId.Should().Be("sla-half");
        raised.Select(r => r.Step.Reason).Should().Equal(EscalationReason.SlaAtRisk, EscalationReason.SlaAtRisk, EscalationReason.SlaBreach);
        raised[2].Step.Fact.Should().BeOfType<SlaBreached>();
    }

    [Fact]
    public void Plan_ForAnUrgentTicketSeenLate_RaisesEveryLevelDueInOrder_AndTheSameReportTwiceRaisesNothingMore()
    {
        var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(4), warnings: [Half, ThreeQuarters]);
        var ticket = SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 15:30"), Priority.Urgent);
        var report = engine.Evaluate(ticket, SlaFixtures.Utc("2025-03-12 12:00"));

        var steps = Standard.Plan(report, new HashSet<EscalationKey>());

        steps.Select(s => s.Level.Value).Should().Equal(1, 2, 3, 4);
        steps.Select(s => s.At).Should().BeInAscendingOrder();
        steps[3].At.Should().Be(SlaFixtures.Utc("2025-03-11 11:30"));
        Standard.Plan(report, steps.Select(s => s.Key).ToHashSet()).Should().BeEmpty();
    }

    [Fact]
    public void Plan_NeverFiresALevelBeforeTheLevelsBelowIt()
    {
        // Level 1 waits for the breach, level 2 is on the 50% warning: level 2 must wait for level 1, and take its instant.
        var inverted = new EscalationPolicy(
            "inverted",
            [
                EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead),
                EscalationRule.OnWarning(Half, new(2), EscalationKind.Hierarchical, EscalationTarget.Manager),
            ]);
        var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(4), warnings: [Half]);
        var ticket = SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 09:00"));

        inverted.Plan(engine.Evaluate(ticket, SlaFixtures.Utc("2025-03-10 12:00")), new HashSet<EscalationKey>()).Should().BeEmpty();

        var steps = inverted.Plan(engine.Evaluate(ticket, SlaFixtures.Utc("2025-03-10 14:00")), new HashSet<EscalationKey>());
        steps.Select(s => (s.Level.Value, s.At)).Should().Equal((1, SlaFixtures.Utc("2025-03-10 13:00")), (2, SlaFixtures.Utc("2025-03-10 13:00")));
        steps[1].Fact.At.Should().Be(SlaFixtures.Utc("2025-03-10 11:00"), "the fact keeps its own instant");
    }

    [Fact]
    public void Plan_SkipsLevelsThatDoNotApply_AndTargetsThatAreNoLongerRunning()
    {
        var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(4), warnings: [Half, ThreeQuarters]);
        var normal = SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 09:00"));
        var late = SlaFixtures.Utc("2025-03-11 12:00");

        Standard.Plan(engine.Evaluate(normal, late), new HashSet<EscalationKey>()).Select(s => s.Level.Value).Should().Equal(1, 2, 3);

        var solved = SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 09:00"));
        solved.Solve(SlaFixtures.Utc("2025-03-10 12:30"));
        Standard.Plan(engine.Evaluate(solved, late), new HashSet<EscalationKey>()).Should().BeEmpty("a target achieved after its warnings has nothing left to rescue");

        var otherMetricOnly = new EscalationPolicy("first-reply-only", [EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.Manager).ForMetric(SlaMetric.FirstReply)]);
        otherMetricOnly.Plan(engine.Evaluate(normal, late), new HashSet<EscalationKey>()).Should().BeEmpty();

        var olaOnly = new EscalationPolicy("ola-only", [EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.Manager).ForPolicyKind(SlaPolicyKind.Ola)]);
        olaOnly.Plan(engine.Evaluate(normal, late), new HashSet<EscalationKey>()).Should().BeEmpty();
    }

    [Fact]
    public void Plan_ForEachLevel_UsesTheFirstRuleThatMatches()
    {
        var policy = new EscalationPolicy(
            "ordered",
            [
                EscalationRule.OnBreach(new(1), EscalationKind.Functional, EscalationTarget.Group(EscalationFixtures.Billing)).ForPriority(Priority.Urgent),
                EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.Manager),
            ]);
        var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(1));
        var late = SlaFixtures.Utc("2025-03-10 12:00");

        policy.Plan(engine.Evaluate(SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 09:00"), Priority.Urgent), late), new HashSet<EscalationKey>())
            .Single().To.Should().Be(EscalationTarget.Group(EscalationFixtures.Billing));
        policy.Plan(engine.Evaluate(SlaFixtures.Open(SlaFixtures.Utc("2025-03-10 09:00")), late), new HashSet<EscalationKey>())
            .Single().To.Should().Be(EscalationTarget.Manager);
    }

    [Fact]
    public void Constructor_RejectsBadIdsAndRuleLists()
    {
        var rule = EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.Manager);
        ((Action)(() => _ = new EscalationPolicy("Standard Policy", [rule]))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new EscalationPolicy("standard", []))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new EscalationPolicy("standard", [rule, null!]))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Standard.Plan(null!, new HashSet<EscalationKey>()))).Should().Throw<ArgumentNullException>();
        rule.ToString().Should().Be("L1 on breach of any metric: Hierarchical to role manager");
        Standard.ToString().Should().Be("standard (4 rules)");
    }
}
