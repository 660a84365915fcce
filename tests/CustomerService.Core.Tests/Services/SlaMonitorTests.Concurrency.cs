using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

public sealed partial class SlaMonitorTests
{
    [Fact]
    public async Task RunOnceAsync_AnotherMonitorRaisesBetweenLoadAndSave_TheConflictIsRetried_AndNothingIsRaisedTwice()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);
        var other = world.Monitor();
        SlaMonitorRunResult? otherResult = null;
        var racing = new RacingEscalationRepository(world.Escalations, async () => otherResult = await other.RunOnceAsync(Ct));

        var result = await world.Monitor(escalations: racing).RunOnceAsync(Ct);

        otherResult!.EscalationsRaised.Should().Be(3);
        result.EscalationsRaised.Should().Be(0, "the reloaded escalations hold every step the other monitor fired");
        result.ConflictsRetried.Should().Be(1);
        result.DeferredAfterConflicts.Should().Be(0);
        result.NotificationsSent.Should().Be(0);
        (await world.EscalationsOfAsync(ticket.Id)).SelectMany(e => e.StepKeys).Should().HaveCount(3).And.OnlyHaveUniqueItems();
        world.Channel.Sent.Should().HaveCount(3);
        (await world.IsDueAsync(ticket.Id)).Should().BeFalse("after the retry the ticket's next check was recorded");
    }

    [Fact]
    public async Task RunOnceAsync_EscalationAcknowledgedWhileItsNotificationGoesOut_RecordsItSentOnTheFreshVersion_KeepingTheAcknowledgement()
    {
        var world = new MonitorWorld(Utc("2025-03-10 11:00"));
        var ticket = await world.OpenAsync(Opened);
        var leadTakesIt = new ActingWhileSending(world.Channel, async n =>
        {
            var escalation = (await world.EscalationsOfAsync(ticket.Id)).Single();
            var loaded = escalation.Version;
            escalation.Acknowledge(Agent, Utc("2025-03-10 11:00"));
            await world.Escalations.SaveAsync(escalation, loaded, Ct);
        });
        var monitor = new SlaMonitor(world.Clock, world.Tickets, world.Escalations, world.Policies, world.Calendars, world.Events, leadTakesIt, world.Options);

        var result = await monitor.RunOnceAsync(Ct);

        result.EscalationsRaised.Should().Be(1);
        result.NotificationsSent.Should().Be(1);
        result.ConflictsRetried.Should().Be(1);
        var stored = (await world.EscalationsOfAsync(ticket.Id)).Single();
        stored.Status.Should().Be(EscalationStatus.Acknowledged);
        stored.PendingNotifications.Should().BeEmpty();
        world.Channel.Sent.Should().ContainSingle();
        (await monitor.RunOnceAsync(Ct)).NotificationsSent.Should().Be(0);
    }

    [Fact]
    public async Task RunOnceAsync_ConflictsEveryTime_LeavesTheTicketDueForTheNextRun()
    {
        var world = new MonitorWorld(AfterBreach);
        var ticket = await world.OpenAsync(Opened);
        var alwaysStale = new StaleEscalationRepository(world.Escalations);

        var result = await world.Monitor(world.Options with { MaxConflictRetries = 2 }, escalations: alwaysStale).RunOnceAsync(Ct);

        result.ConflictsRetried.Should().Be(2);
        result.DeferredAfterConflicts.Should().Be(1);
        (await world.IsDueAsync(ticket.Id)).Should().BeTrue();
    }

    [Fact]
    public async Task RunOnceAsync_TwoMonitorsRunningAtOnceThroughADay_RaiseEachEscalationExactlyOnce()
    {
        // Opened on Friday afternoon, 13 minutes apart: their steps fall due all through Monday morning.
        var world = new MonitorWorld(Utc("2025-03-10 09:00"));
        var tickets = new List<Ticket>();
        for (var i = 0; i < 12; i++)
        {
            tickets.Add(await world.OpenAsync(Utc("2025-03-07 14:00") + Duration.FromMinutes(13 * i)));
        }

        SlaMonitor[] monitors = [world.Monitor(), world.Monitor()];
        var results = new List<SlaMonitorRunResult>();
        for (var now = Utc("2025-03-10 09:00"); now <= Utc("2025-03-10 13:00"); now += Duration.FromMinutes(1))
        {
            world.Clock.Reset(now);
            results.AddRange(await Task.WhenAll(monitors.Select(m => Task.Run(() => m.RunOnceAsync(Ct), Ct))));
        }

        foreach (var ticket in tickets)
        {
            var escalations = await world.EscalationsOfAsync(ticket.Id);
            escalations.Select(e => e.Level.Value).Should().Equal(new[] { 1, 2, 3 }, "each level of {0} fires once, in order", ticket.Id);
            escalations.SelectMany(e => e.StepKeys).Should().OnlyHaveUniqueItems();
            escalations.Should().OnlyContain(e => e.PendingNotifications.Count == 0);
        }

        results.Sum(r => r.EscalationsRaised).Should().Be(36);
        world.Channel.Sent.Select(n => n.IdempotencyKey).Distinct().Should().HaveCount(36, "every step's notification went out (a repeat carries the same key)");
    }

    /// <summary>
    /// An escalation store whose first list of a ticket's escalations is answered with what was stored before
    /// <paramref name="meanwhile"/> ran: the monitor plans on a stale list, as it would if another worker saved just after its read.
    /// </summary>
    private sealed class RacingEscalationRepository(IEscalationRepository inner, Func<Task> meanwhile) : DelegatingEscalationRepository(inner)
    {
        private bool _raced;

        public override async Task<IReadOnlyList<Escalation>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default)
        {
            var stored = await base.ListForTicketAsync(ticketId, cancellationToken);
            if (!_raced)
            {
                _raced = true;
                await meanwhile();
            }

            return stored;
        }
    }

    /// <summary>A channel that lets something happen elsewhere while its first notification goes out.</summary>
    private sealed class ActingWhileSending(INotificationChannel inner, Func<Notification, Task> meanwhile) : INotificationChannel
    {
        private bool _acted;

        public async Task SendAsync(Notification notification, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(notification, cancellationToken);
            if (!_acted)
            {
                _acted = true;
                await meanwhile(notification);
            }
        }
    }

    /// <summary>An escalation store where another worker always wins: every add is refused as a taken step.</summary>
    private sealed class StaleEscalationRepository(IEscalationRepository inner) : DelegatingEscalationRepository(inner)
    {
        public override Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default) =>
            throw new ConcurrencyConflictException(nameof(Escalation), escalation.Id.ToString(), "another escalation holds one of its policy steps");
    }
}
