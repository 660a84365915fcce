using System;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Tests.Scenarios.ScenarioFixtures;

namespace CustomerService.Core.Testing.Tests.Scenarios;

public sealed class SlaReportExtensionsTests
{
    private static readonly Instant Monday0900 = Instant.FromUtc(2025, 3, 3, 9, 0);

    private static readonly SlaPolicySet Policies = SlaPolicySet.Create()
        .Add(SlaPolicy.Create("standard", version: 2)
            .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1))
            .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(1))
            .Build())
        .Add(SlaPolicy.Create("team", kind: SlaPolicyKind.Ola)
            .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(30))
            .Build())
        .WithDefaultCalendar("nine-to-five")
        .Build();

    private static readonly SlaReport TwoCycles = TicketScenario.Under(Policies, AllCalendars)
        .OpenedAt(Monday0900)
        .CustomerWrites()
        .After(Duration.FromMinutes(10)).AgentReplies()
        .After(Duration.FromMinutes(10)).CustomerWrites()
        .After(Duration.FromMinutes(10)).AgentReplies()
        .After(Duration.FromMinutes(10)).CustomerWrites()
        .EvaluateNow();

    [Fact]
    public void StateOf_FiltersNarrowingToOneState_ReturnIt()
    {
        TwoCycles.StateOf(SlaMetric.NextReply, cycle: 2).Stage.Should().Be(SlaStage.Running);
        TwoCycles.StateOf(SlaMetric.FirstReply, kind: SlaPolicyKind.Ola).PolicyId.Should().Be("team");
        TwoCycles.StateOf(SlaMetric.FirstReply, policyId: "standard").PolicyVersion.Should().Be(2);
        TwoCycles.StateOf(SlaMetric.NextReply, cycle: 1, kind: SlaPolicyKind.Sla, policyId: "standard", priority: Priority.Normal)
            .Should().BeSameAs(TwoCycles.StateOf(SlaMetric.NextReply, cycle: 1));
    }

    [Fact]
    public void StateOf_SeveralStatesMatch_ThrowsListingThem()
    {
        var act = () => TwoCycles.StateOf(SlaMetric.NextReply);

        var message = act.Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().StartWith("The report at 2025-03-03T09:40:00Z has more than one state of next-reply: say which with cycle, kind, policyId or priority.");
        foreach (var state in TwoCycles.Targets)
        {
            message.Should().Contain(state.ToString());
        }
    }

    [Fact]
    public void StateOf_NoStateMatches_ThrowsNamingTheFiltersAndListingWhatExists()
    {
        var act = () => TwoCycles.StateOf(SlaMetric.NextReply, cycle: 3, priority: Priority.Urgent);

        var message = act.Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().StartWith("The report at 2025-03-03T09:40:00Z has no state of next-reply with cycle 3, priority Urgent. It has:");
        message.Should().Contain(TwoCycles.StateOf(SlaMetric.NextReply, cycle: 2).ToString());
        TwoCycles.Invoking(r => r.StateOf(SlaMetric.Resolution, kind: SlaPolicyKind.Contract, policyId: "x"))
            .Should().Throw<InvalidOperationException>().WithMessage("*no state of resolution with kind Contract, policy x.*");
    }

    [Fact]
    public void StateOf_EmptyReport_SaysNoPolicyApplied()
    {
        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("vip").When(PolicyCondition.HasAnyTag("vip")).WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)).Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();
        var report = TicketScenario.Under(policies, AllCalendars).OpenedAt(Monday0900).CustomerWrites().EvaluateNow();

        var act = () => report.StateOf(SlaMetric.FirstReply);

        act.Should().Throw<InvalidOperationException>().WithMessage("*has no state of first-reply. It has no states at all: no policy's targets applied to the ticket.");
    }

    [Fact]
    public void StateOf_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ((SlaReport)null!).StateOf(SlaMetric.FirstReply)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        TwoCycles.Invoking(r => r.StateOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("metric");
    }
}
