using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

/// <summary>
/// The SLA monitor over in-memory stores. A ticket opened Monday 09:00 has its first-reply warnings at 11:00 (50%) and
/// 12:00 (75%) and breaches just after 13:00.
/// </summary>
public sealed partial class SlaMonitorTests
{
    private static readonly Instant Opened = Utc("2025-03-10 09:00");

    private static readonly Instant AfterBreach = Utc("2025-03-10 13:30");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnceAsync_LateAfterThreeFacts_RaisesEveryLevel_AtTheFactsInstants_NotWhenItLooked()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);

        var result = await world.Monitor().RunOnceAsync(Ct);

        result.TicketsEvaluated.Should().Be(1);
        result.EscalationsRaised.Should().Be(3);
        result.NotificationsSent.Should().Be(3);
        (await world.EscalationsOfAsync(ticket.Id)).Select(e => (e.Level.Value, e.RaisedAt, e.Reason, e.IsRaisedBySystem)).Should().Equal(
            (1, Utc("2025-03-10 11:00"), EscalationReason.SlaAtRisk, true),
            (2, Utc("2025-03-10 12:00"), EscalationReason.SlaAtRisk, true),
            (3, Utc("2025-03-10 13:00"), EscalationReason.SlaBreach, true));
    }

    [Fact]
    public async Task RunOnceAsync_TwiceAtTheSameInstant_RaisesAndSendsNothingTheSecondTime_EvenWhenTheTicketIsEvaluatedAgain()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);
        var first = await world.Monitor().RunOnceAsync(Ct);

        var again = await world.Monitor().RunOnceAsync(Ct);
        await world.ChangeAsync(ticket.Id, t => t.Note(AfterBreach));
        var afterChange = await world.Monitor().RunOnceAsync(Ct);

        first.EscalationsRaised.Should().Be(3);
        again.TicketsEvaluated.Should().Be(0, "the ticket's next check is not due yet");
        afterChange.TicketsEvaluated.Should().Be(1, "a saved ticket is due at once");
        foreach (var run in new[] { again, afterChange })
        {
            run.EscalationsRaised.Should().Be(0);
            run.StepsAbsorbed.Should().Be(0);
            run.NotificationsSent.Should().Be(0);
        }

        world.Escalations.Count.Should().Be(3);
        world.Channel.Sent.Should().HaveCount(3);
    }

    [Fact]
    public async Task RunOnceAsync_ChannelDown_SavesTheEscalationsWithTheirNotificationsPending_AndTheNextRunSendsEachOnce()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);
        world.Channel.IsDown = true;

        var down = await world.Monitor().RunOnceAsync(Ct);

        down.EscalationsRaised.Should().Be(3);
        down.NotificationsSent.Should().Be(0);
        down.NotificationsFailed.Should().Be(3);
        var saved = await world.EscalationsOfAsync(ticket.Id);
        down.NotificationFailures.Select(f => (f.EscalationId, f.StepKey)).Should().Equal(saved.Select(e => (e.Id, e.StepKeys.Single())));
        down.NotificationFailures.Should().OnlyContain(f => f.Error is InvalidOperationException);
        saved.Should().OnlyContain(e => e.PendingNotifications.Count == 1);
        world.Channel.Sent.Should().BeEmpty();

        world.Channel.IsDown = false;
        world.Clock.Advance(Duration.FromMinutes(1));
        var back = await world.Monitor().RunOnceAsync(Ct);
        world.Clock.Advance(Duration.FromMinutes(1));
        var later = await world.Monitor().RunOnceAsync(Ct);

        back.NotificationsSent.Should().Be(3);
        back.EscalationsRaised.Should().Be(0);
        later.NotificationsSent.Should().Be(0);
        (await world.EscalationsOfAsync(ticket.Id)).Should().OnlyContain(e => e.PendingNotifications.Count == 0);
        world.Channel.Sent.Select(n => n.IdempotencyKey).Should().BeEquivalentTo(saved.Select(e => e.StepKeys.Single().ToString()));
    }

    [Fact]
    public async Task RunOnceAsync_OneSendFails_SendsTheOthers_AndRetriesOnlyTheFailedOneNextRun()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);
        world.Channel.FailNext(1);

        var first = await world.Monitor().RunOnceAsync(Ct);
        var second = await world.Monitor().RunOnceAsync(Ct);

        first.NotificationsSent.Should().Be(2);
        first.NotificationsFailed.Should().Be(1);
        second.NotificationsSent.Should().Be(1);
        second.NotificationsFailed.Should().Be(0);
        world.Channel.Sent.Select(n => n.TemplateId).Should().BeEquivalentTo(["sla-half", "sla-risk", "sla-breach"]);
        world.Channel.Sent.Select(n => n.IdempotencyKey).Should().OnlyHaveUniqueItems();
        (await world.EscalationsOfAsync(ticket.Id)).Should().OnlyContain(e => e.PendingNotifications.Count == 0);
    }

    [Fact]
    public async Task RunOnceAsync_ClosedTicket_IsNotEvaluated()
    {
        var world = new MonitorWorld(AfterBreach);
        var open = await world.OpenAsync(Opened);
        var closed = Open(Opened);
        closed.Solve(Utc("2025-03-10 09:30"));
        closed.Close(Utc("2025-03-10 09:40"));
        await world.Tickets.AddAsync(closed, Ct);

        var result = await world.Monitor().RunOnceAsync(Ct);

        result.TicketsEvaluated.Should().Be(1);
        (await world.EscalationsOfAsync(open.Id)).Should().HaveCount(3);
        (await world.EscalationsOfAsync(closed.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task RunOnceAsync_AStoreThatListsAClosedTicket_SkipsIt_AndRecordsNothingForIt()
    {
        var world = new MonitorWorld(AfterBreach);
        var closed = Open(Opened);
        closed.Solve(Utc("2025-03-10 09:30"));
        closed.Close(Utc("2025-03-10 09:40"));
        var lax = new ListingAlso(world.Tickets, closed);

        var result = await world.Monitor(tickets: lax).RunOnceAsync(Ct);

        result.TicketsEvaluated.Should().Be(0);
        lax.NextChecksSet.Should().Be(0);
        world.Escalations.Count.Should().Be(0);
    }

    [Fact]
    public async Task RunOnceAsync_TicketSavedBetweenListingAndRecording_LeavesItsNewVersionDue()
    {
        var world = new MonitorWorld(Utc("2025-03-10 10:00"));
        var ticket = await world.OpenAsync(Opened);
        var agentWritesMeanwhile = new ChangedAfterListing(world.Tickets, t => t.Note(Utc("2025-03-10 10:00")));

        var first = await world.Monitor(tickets: agentWritesMeanwhile).RunOnceAsync(Ct);

        first.TicketsEvaluated.Should().Be(1);
        (await world.IsDueAsync(ticket.Id)).Should().BeTrue("the next check was recorded for the version evaluated, not the one saved since");
        var second = await world.Monitor().RunOnceAsync(Ct);
        second.TicketsEvaluated.Should().Be(1);
        (await world.IsDueAsync(ticket.Id)).Should().BeFalse("the version now stored was evaluated; its next check is 11:00");
    }

    [Fact]
    public async Task RunOnceAsync_NewPolicySetFromTheProvider_AppliesToTheTicketsOfTheNextRun()
    {
        var world = new MonitorWorld(Utc("2025-03-10 10:05"));
        var ticket = await world.OpenAsync(Opened);
        (await world.Monitor().RunOnceAsync(Ct)).EscalationsRaised.Should().Be(0, "4 hours from 09:00: nothing is due at 10:05");

        world.Policies.PolicySet = MonitorWorld.FirstReplyWithin(Duration.FromHours(1), version: 2);
        await world.ChangeAsync(ticket.Id, t => t.Note(Utc("2025-03-10 10:05")));
        var result = await world.Monitor().RunOnceAsync(Ct);

        result.EscalationsRaised.Should().Be(3, "under the 1-hour target the ticket breached at 10:00");
        (await world.EscalationsOfAsync(ticket.Id)).Select(e => e.RaisedAt).Should().Equal(Utc("2025-03-10 09:30"), Utc("2025-03-10 09:45"), Utc("2025-03-10 10:00"));
    }

    [Fact]
    public async Task RunOnceAsync_MaxCheckInterval_BringsAChangedPolicySetToAnUnchangedTicketWithinTheInterval()
    {
        var world = new MonitorWorld(Opened);
        var ticket = await world.OpenAsync(Opened);
        var monitor = world.Monitor(world.Options with { MaxCheckInterval = Duration.FromMinutes(30) });
        await monitor.RunOnceAsync(Ct);

        world.Policies.PolicySet = MonitorWorld.FirstReplyWithin(Duration.FromHours(1), version: 2);
        world.Clock.Reset(Utc("2025-03-10 09:29"));
        var before = await monitor.RunOnceAsync(Ct);
        world.Clock.Reset(Utc("2025-03-10 09:30"));
        var at = await monitor.RunOnceAsync(Ct);

        before.TicketsEvaluated.Should().Be(0);
        at.TicketsEvaluated.Should().Be(1);
        at.EscalationsRaised.Should().Be(1, "the new 1-hour target reaches 50% at 09:30");
        (await world.EscalationsOfAsync(ticket.Id)).Single().Level.Should().Be(new EscalationLevel(1));
    }

    [Fact]
    public async Task RunOnceAsync_AStepToTheTargetAndReasonOfAnOpenEscalation_IsAbsorbedIntoIt_AndItsNotificationSent()
    {
        var bothToTheLead = new EscalationPolicy("lead",
        [
            EscalationRule.OnWarning(MonitorWorld.Half, new(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead).WithNotification(new("sla-half")),
            EscalationRule.OnWarning(MonitorWorld.ThreeQuarters, new(2), EscalationKind.Hierarchical, EscalationTarget.TeamLead).WithNotification(new("sla-risk")),
        ]);
        var world = new MonitorWorld(Utc("2025-03-10 11:00"));
        var ticket = await world.OpenAsync(Opened);
        var monitor = world.Monitor(new SlaMonitorOptions([bothToTheLead]) { MaxCheckInterval = null });
        var first = await monitor.RunOnceAsync(Ct);

        world.Clock.Reset(Utc("2025-03-10 12:00"));
        var second = await monitor.RunOnceAsync(Ct);

        first.EscalationsRaised.Should().Be(1);
        second.EscalationsRaised.Should().Be(0);
        second.StepsAbsorbed.Should().Be(1);
        second.NotificationsSent.Should().Be(1);
        var escalation = (await world.EscalationsOfAsync(ticket.Id)).Single();
        escalation.StepKeys.Select(k => k.Level.Value).Should().Equal(1, 2);
        escalation.LastChangedAt.Should().Be(Utc("2025-03-10 12:00"));
        world.Channel.Sent.Select(n => n.TemplateId).Should().Equal("sla-half", "sla-risk");
    }

    [Theory]
    [InlineData(EscalationOrigin.AssignedGroup, true, true, "group")]
    [InlineData(EscalationOrigin.AssignedGroup, false, true, "agent")]
    [InlineData(EscalationOrigin.Assignee, true, true, "agent")]
    [InlineData(EscalationOrigin.Assignee, true, false, "group")]
    [InlineData(EscalationOrigin.Assignee, false, false, "unassigned")]
    public async Task RunOnceAsync_EscalationFrom_IsTheTicketsGroupOrAssigneeAsConfigured(EscalationOrigin origin, bool hasGroup, bool hasAssignee, string expected)
    {
        var world = new MonitorWorld(Utc("2025-03-10 11:00"));
        var ticket = Open(Opened);
        if (hasGroup && hasAssignee)
        {
            ticket.AssignTo(Agent, Billing, Opened);
        }
        else if (hasGroup)
        {
            ticket.AssignToGroup(Billing, Opened);
        }
        else if (hasAssignee)
        {
            ticket.AssignTo(Agent, Opened);
        }

        await world.Tickets.AddAsync(ticket, Ct);
        await world.Monitor(world.Options with { EscalateFrom = origin }).RunOnceAsync(Ct);

        var from = (await world.EscalationsOfAsync(ticket.Id)).Single().From;
        from.Should().Be(expected switch
        {
            "group" => EscalationTarget.Group(Billing),
            "agent" => EscalationTarget.Agent(Agent),
            _ => EscalationTarget.Role("unassigned"),
        });
    }

    [Fact]
    public async Task RunOnceAsync_NotificationRecipient_IsTheRulesOrElseTheEscalationsTargetOrOriginAsConfigured()
    {
        var named = EscalationTarget.Role("duty-manager");
        var policy = new EscalationPolicy("recipients",
        [
            EscalationRule.OnWarning(MonitorWorld.Half, new(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead).WithNotification(new("sla-half")),
            EscalationRule.OnWarning(MonitorWorld.ThreeQuarters, new(2), EscalationKind.Hierarchical, EscalationTarget.Manager).WithNotification(new("sla-risk", named)),
        ]);
        var toTarget = new MonitorWorld(Utc("2025-03-10 12:00"));
        var toOrigin = new MonitorWorld(Utc("2025-03-10 12:00"));
        foreach (var world in new[] { toTarget, toOrigin })
        {
            var ticket = Open(Opened);
            ticket.AssignToGroup(Billing, Opened);
            await world.Tickets.AddAsync(ticket, Ct);
        }

        await toTarget.Monitor(new SlaMonitorOptions([policy])).RunOnceAsync(Ct);
        await toOrigin.Monitor(new SlaMonitorOptions([policy]) { DefaultRecipient = DefaultNotificationRecipient.EscalatedFrom }).RunOnceAsync(Ct);

        toTarget.Channel.Sent.Select(n => n.Recipient).Should().Equal(NotificationRecipient.Internal(EscalationTarget.TeamLead), NotificationRecipient.Internal(named));
        toOrigin.Channel.Sent.Select(n => n.Recipient).Should().Equal(NotificationRecipient.Internal(EscalationTarget.Group(Billing)), NotificationRecipient.Internal(named));
    }

    [Fact]
    public async Task RunOnceAsync_Notification_CarriesIdsCodesAndInstants_KeyedOnTheStep_WithoutPersonalData()
    {
        var world = new MonitorWorld(Utc("2025-03-10 11:00"));
        var ticket = await world.OpenAsync(Opened);

        await world.Monitor().RunOnceAsync(Ct);

        var escalation = (await world.EscalationsOfAsync(ticket.Id)).Single();
        var notification = world.Channel.Sent.Single();
        notification.IdempotencyKey.Should().Be(escalation.StepKeys.Single().ToString());
        notification.TemplateId.Should().Be("sla-half");
        notification.Parameters.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["ticketId"] = ticket.Id.ToString(),
            ["escalationId"] = escalation.Id.ToString(),
            ["kind"] = "Hierarchical",
            ["reason"] = "SlaAtRisk",
            ["from"] = "role unassigned",
            ["to"] = "role assignee",
            ["level"] = "L1",
            ["metricId"] = SlaMetric.FirstReply.Id,
            ["cycle"] = "1",
            ["slaPolicyId"] = "standard",
            ["slaFact"] = "warning",
            ["slaFactAt"] = "2025-03-10T11:00:00Z",
            ["threshold"] = "50%",
        });
        Tests.TestSupport.PersonalDataScan.ShouldHoldNone(
            notification.Parameters.Values.Append(notification.ToString()).Append(ticket.ToString()),
            [ticket.Subject]);
    }

    [Fact]
    public async Task RunOnceAsync_WithCustomers_EvaluatesEachTicketWithItsCustomersTier()
    {
        var gold = CustomerTier.Create("gold");
        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("gold").When(PolicyCondition.CustomerTierIn(gold))
                .WithTarget(new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Business, warnings: [MonitorWorld.Half, MonitorWorld.ThreeQuarters])).Build())
            .Add(SlaPolicy.Create("standard")
                .WithTarget(new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4), SlaHoursMode.Business, warnings: [MonitorWorld.Half, MonitorWorld.ThreeQuarters])).Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();
        var world = new MonitorWorld(Utc("2025-03-10 10:30"));
        world.Policies.PolicySet = policies;
        var ticket = await world.OpenAsync(Opened);
        var customers = new DictionaryCustomerRepository(Customer.Register(TheCustomer, gold, Opened));

        var withTier = await world.Monitor(customers: customers).RunOnceAsync(Ct);

        withTier.EscalationsRaised.Should().Be(3, "the gold customer's 1-hour target breached at 10:00");
        (await world.EscalationsOfAsync(ticket.Id)).Select(e => e.SlaFact!.PolicyId).Should().AllBe("gold");
        customers.Loads.Should().Be(1);
    }

    [Fact]
    public async Task RunOnceAsync_WithoutCustomers_EvaluatesForTheStandardTier()
    {
        var world = new MonitorWorld(Utc("2025-03-10 10:30"));
        await world.OpenAsync(Opened);

        var result = await world.Monitor().RunOnceAsync(Ct);

        result.EscalationsRaised.Should().Be(0, "the standard 4-hour target is at 37.5%");
    }

    [Fact]
    public async Task RunOnceAsync_MoreDueThanTheBatch_EvaluatesABatchAndSaysItWasFull_ThenTheRest()
    {
        var world = new MonitorWorld(Utc("2025-03-10 10:00"));
        for (var i = 0; i < 3; i++)
        {
            await world.OpenAsync(Opened);
        }

        var monitor = world.Monitor(world.Options with { BatchSize = 2 });
        var first = await monitor.RunOnceAsync(Ct);
        var second = await monitor.RunOnceAsync(Ct);

        (first.TicketsEvaluated, first.IsBatchFull).Should().Be((2, true));
        (second.TicketsEvaluated, second.IsBatchFull).Should().Be((1, false));
    }

    [Fact]
    public async Task RunOnceAsync_Cancelled_Throws()
    {
        var world = new MonitorWorld(AfterBreach);
        await world.OpenAsync(Opened);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = () => world.Monitor().RunOnceAsync(cancelled.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        world.Escalations.Count.Should().Be(0);
    }

    [Fact]
    public async Task RunResult_ToString_SummarisesTheCounts()
    {
        var world = new MonitorWorld(AfterBreach);
        world.Channel.FailNext(1);
        await world.OpenAsync(Opened);

        var result = await world.Monitor().RunOnceAsync(Ct);

        result.ToString().Should().Be("SLA monitor at 2025-03-10T13:30:00Z: 1 tickets evaluated, 3 escalations raised, 0 steps absorbed, 2 notifications sent, 1 failed, 0 conflicts retried, 0 deferred");
        result.NotificationFailures.Single().ToString().Should().EndWith(": InvalidOperationException").And.NotContain("told to fail");
    }

    [Fact]
    public void Constructor_NullPort_Throws()
    {
        var world = new MonitorWorld(Opened);

        var create = () => new SlaMonitor(world.Clock, null!, world.Escalations, world.Policies, world.Calendars, world.Events, world.Channel, world.Options);

        create.Should().Throw<ArgumentNullException>().WithParameterName("tickets");
    }

    /// <summary>A ticket store that lists one more ticket than it should, as a careless adapter might.</summary>
    private sealed class ListingAlso(ITicketRepository inner, Ticket extra) : DelegatingTicketRepository(inner)
    {
        public int NextChecksSet { get; private set; }

        public override async Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default) =>
            [.. await base.ListDueForSlaCheckAsync(dueBy, limit, cancellationToken), extra];

        public override Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default)
        {
            NextChecksSet++;
            return base.SetNextSlaCheckAsync(ticketId, ticketVersion, nextCheckAt, cancellationToken);
        }
    }

    /// <summary>A ticket store in which an agent saves a change to each listed ticket right after the monitor lists it.</summary>
    private sealed class ChangedAfterListing(ITicketRepository inner, Action<Ticket> change) : DelegatingTicketRepository(inner)
    {
        public override async Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default)
        {
            var due = await base.ListDueForSlaCheckAsync(dueBy, limit, cancellationToken);
            foreach (var listed in due)
            {
                var ticket = (await LoadAsync(listed.Id, cancellationToken))!;
                var loaded = ticket.Version;
                change(ticket);
                await SaveAsync(ticket, loaded, cancellationToken);
            }

            return due;
        }
    }
}
