using System;
using System.Linq;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>Every bad policy, policy set and engine input: a clear error, every problem at once, nothing built.</summary>
public sealed class SlaPolicyValidationTests
{
    [Fact]
    public void Build_ListsEveryProblemOfAPolicy_WithItsPath()
    {
        var builder = SlaPolicy.Create("Bad Id", 0)
            .When(PolicyCondition.PriorityIn(), PolicyCondition.In(PolicyField.Priority, ["critical"]))
            .PausedWhile(TicketStatus.Solved)
            .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(100))
            .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.Zero)
            .WithTarget(SlaMetric.Resolution, Priority.Low, Duration.FromHours(1), SlaHoursMode.Business, SlaWarningThreshold.BeforeBreach(Duration.FromHours(2)));

        var act = () => builder.Build();

        act.Should().Throw<InvalidSlaPolicyException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (SlaPolicyProblemCodes.InvalidId, "$.id"),
            (SlaPolicyProblemCodes.InvalidVersion, "$.version"),
            (SlaPolicyProblemCodes.ConditionNeverMatches, "$.conditions[0]"),
            (SlaPolicyProblemCodes.ConditionNeverMatches, "$.conditions[1]"),
            (SlaPolicyProblemCodes.InvalidPauseStatus, "$.pauseStatuses"),
            (SlaPolicyProblemCodes.WarningOutsideTarget, "$.targets[0].warnings[0]"),
            (SlaPolicyProblemCodes.DuplicateTarget, "$.targets[1]"),
            (SlaPolicyProblemCodes.NonPositiveTarget, "$.targets[1].duration"),
            (SlaPolicyProblemCodes.WarningOutsideTarget, "$.targets[2].warnings[0]"),
        });
    }

    [Fact]
    public void Build_PolicyWithoutTargets_IsRejected()
    {
        var act = () => SlaPolicy.Create("empty").Build();

        act.Should().Throw<InvalidSlaPolicyException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(SlaPolicyProblemCodes.NoTargets);
    }

    [Fact]
    public void Build_NegatedConditionWithoutValues_AlwaysHolds_AndIsRejected()
    {
        var act = () => SlaPolicy.Create("p").When(PolicyCondition.HasAnyTag().Negate())
            .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar).Build();

        act.Should().Throw<InvalidSlaPolicyException>().Which.Message.Should().Contain("always holds");
    }

    [Fact]
    public void Build_PolicySet_ReportsDuplicatesAndMissingCalendars()
    {
        var first = SlaPolicy.Create("p").WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1)).Build();
        var sameId = SlaPolicy.Create("p", 2).WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar).Build();
        var metricA = SlaMetric.Define("handoff").StartsWhen(SlaTrigger.GroupAssigned()).StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved)).Build();
        var metricB = SlaMetric.Define("handoff").StartsWhen(SlaTrigger.TicketOpened()).StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved)).Build();
        var custom = SlaPolicy.Create("q").WithTarget(metricA, Priority.Low, Duration.FromHours(1), SlaHoursMode.Calendar)
            .WithTarget(metricB, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar).Build();

        var act = () => SlaPolicySet.Create().Add(first, sameId, custom).Build();

        act.Should().Throw<InvalidSlaPolicyException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (SlaPolicyProblemCodes.NoCalendar, "$.policies[0].targets[0]"),
            (SlaPolicyProblemCodes.DuplicatePolicy, "$.policies[1].id"),
            (SlaPolicyProblemCodes.DuplicateMetric, "$.policies[2].targets[1].metric"),
        });
    }

    [Fact]
    public void Engine_WithCalendarsItDoesNotHave_ListsEachOne()
    {
        var policy = SlaPolicy.Create("p").WithCalendar("nowhere")
            .WithTarget(new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), calendarId: "missing")).Build();
        var set = SlaPolicySet.Create().Add(policy).WithDefaultCalendar("nine-to-five").WithGroupCalendar(Billing, "gone").Build();

        var act = () => new SlaEngine(set, AllCalendars);

        act.Should().Throw<InvalidSlaPolicyException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].calendar"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].targets[0].calendar"),
            (SlaPolicyProblemCodes.UnknownCalendar, $"$.groupCalendars['{Billing}']"),
        });
    }

    [Fact]
    public void Engine_TwoDifferentCalendarsWithOneId_IsAProgrammerError()
    {
        var other = Weekdays("nine-to-five", DateTimeZone.Utc, 8, 16);
        var set = SlaPolicySet.Create().Add(SlaPolicy.Create("p").WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar).Build()).Build();

        var act = () => new SlaEngine(set, [NineToFive, other]);

        act.Should().Throw<ArgumentException>().WithMessage("*nine-to-five*");
    }

    [Fact]
    public void Evaluate_BadHistories_AreProgrammerErrors()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(1));
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.Reply(Utc("2025-03-03 09:30"));
        var history = ticket.History.ToList();

        ((Action)(() => engine.Evaluate(Array.Empty<ITicketEvent>(), Utc("2025-03-03 10:00")))).Should().Throw<ArgumentException>().WithMessage("*starts with TicketOpened*");
        ((Action)(() => engine.Evaluate([history[1], history[0]], Utc("2025-03-03 10:00")))).Should().Throw<ArgumentException>();
        ((Action)(() => engine.Evaluate([history[0], history[1], history[0]], Utc("2025-03-03 10:00")))).Should().Throw<ArgumentException>().WithMessage("*not in order*");
        ((Action)(() => engine.Evaluate(ticket, Utc("2025-03-03 10:00"), new SlaCustomerContext(CustomerService.Core.Customers.CustomerTier.Standard, "unknown"))))
            .Should().Throw<ArgumentException>().WithParameterName("customer");
        ((Action)(() => engine.Evaluate((Ticket)null!, Utc("2025-03-03 10:00")))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Metric_InvalidDefinitions_AreProgrammerErrors()
    {
        ((Action)(() => SlaMetric.Define("first-reply"))).Should().Throw<ArgumentException>().WithMessage("*built-in*");
        ((Action)(() => SlaMetric.Define("Not A Slug"))).Should().Throw<ArgumentException>();
        ((Action)(() => SlaMetric.Define("no-stop").StartsWhen(SlaTrigger.TicketOpened()).Build())).Should().Throw<InvalidOperationException>();
        ((Action)(() => SlaMetric.Define("resume-only").StartsWhen(SlaTrigger.TicketOpened()).StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending)).Build())).Should().Throw<InvalidOperationException>();
        ((Action)(() => SlaTrigger.StatusEntered())).Should().Throw<ArgumentException>();
        ((Action)(() => SlaWarningThreshold.PercentOfTarget(double.NaN))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Builder_AfterAFailedBuild_IsUnchangedAndCanBeFixed()
    {
        var builder = SlaPolicy.Create("p");

        ((Action)(() => builder.Build())).Should().Throw<InvalidSlaPolicyException>();
        var policy = builder.WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar).Build();

        policy.Targets.Should().ContainSingle();
        policy.ToString().Should().Be("p v1 (Sla, 1 targets)");
    }

    [Fact]
    public void Metrics_BuiltInsAreFoundById_AndEqualByDefinition()
    {
        SlaMetric.BuiltIn.Select(m => m.Id).Should().Equal(
            "first-reply", "next-reply", "periodic-update", "pausable-update", "requester-wait-time", "agent-work-time", "resolution");
        SlaMetric.FindBuiltIn("resolution").Should().BeSameAs(SlaMetric.Resolution);
        var a = SlaMetric.Define("x").StartsWhen(SlaTrigger.TicketOpened()).StopsWhen(SlaTrigger.PublicAgentReply()).Build();
        var b = SlaMetric.Define("x").StartsWhen(SlaTrigger.TicketOpened()).StopsWhen(SlaTrigger.MessageAdded(AuthorKind.Agent, isPublic: true)).Build();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}
