using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

public sealed partial class SlaMonitorTests
{
    [Fact]
    public async Task RunOnceAsync_EveryMinuteOfADay_RaisesEachLevelOnceInOrder_AtItsBusinessTimeInstant_NeverAtNight()
    {
        var start = Utc("2025-03-10 15:00");  // Monday
        var world = new MonitorWorld(start);
        var monitor = world.Monitor();
        var afternoon = await world.OpenAsync(start);
        Ticket? evening = null;
        var firstSeen = new Dictionary<EscalationId, Instant>();
        var evaluatedAt = new List<Instant>();

        for (var now = start; now <= Utc("2025-03-11 15:00"); now += Duration.FromMinutes(1))
        {
            world.Clock.Reset(now);
            if (now == Utc("2025-03-10 20:00"))
            {
                evening = await world.OpenAsync(now);
            }

            var result = await monitor.RunOnceAsync(TestContext.Current.CancellationToken);
            evaluatedAt.AddRange(Enumerable.Repeat(now, result.TicketsEvaluated));
            foreach (var ticket in evening is null ? [afternoon] : new[] { afternoon, evening })
            {
                foreach (var escalation in await world.EscalationsOfAsync(ticket.Id))
                {
                    firstSeen.TryAdd(escalation.Id, now);
                }
            }
        }

        // 4 business hours from Monday 15:00: 50% at the 17:00 closing, 75% Tuesday 10:00, breached just after 11:00.
        var a = await world.EscalationsOfAsync(afternoon.Id);
        a.Select(e => (e.Level.Value, e.To, e.RaisedAt, firstSeen[e.Id])).Should().Equal(
            (1, EscalationTarget.Assignee, Utc("2025-03-10 17:00"), Utc("2025-03-10 17:00")),
            (2, EscalationTarget.TeamLead, Utc("2025-03-11 10:00"), Utc("2025-03-11 10:00")),
            (3, EscalationTarget.Manager, Utc("2025-03-11 11:00"), Utc("2025-03-11 11:01")));

        // Opened at night: the clock starts Tuesday 09:00.
        var b = await world.EscalationsOfAsync(evening!.Id);
        b.Select(e => (e.Level.Value, e.To, e.RaisedAt, firstSeen[e.Id])).Should().Equal(
            (1, EscalationTarget.Assignee, Utc("2025-03-11 11:00"), Utc("2025-03-11 11:00")),
            (2, EscalationTarget.TeamLead, Utc("2025-03-11 12:00"), Utc("2025-03-11 12:00")),
            (3, EscalationTarget.Manager, Utc("2025-03-11 13:00"), Utc("2025-03-11 13:01")));

        foreach (var instant in a.Concat(b).SelectMany(e => new[] { e.RaisedAt, firstSeen[e.Id] }))
        {
            var local = instant.InUtc();
            local.DayOfWeek.Should().BeOneOf(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday);
            local.TimeOfDay.Should().BeInRange(new LocalTime(9, 0), new LocalTime(17, 0), "a business-hours target never escalates at night");
        }

        // The next SLA check: each ticket is looked at only when a warning or breach is due, not 1,441 times.
        evaluatedAt.Should().Equal(
            Utc("2025-03-10 15:00"), Utc("2025-03-10 17:00"), Utc("2025-03-10 20:00"), Utc("2025-03-11 10:00"),
            Utc("2025-03-11 11:00"), Utc("2025-03-11 11:01"), Utc("2025-03-11 12:00"), Utc("2025-03-11 13:01"));

        var all = a.Concat(b).ToList();
        world.Channel.Sent.Select(n => n.IdempotencyKey).Should().BeEquivalentTo(all.Select(e => e.StepKeys.Single().ToString()), "each step's notification is sent once");
        all.Should().OnlyContain(e => e.PendingNotifications.Count == 0);
        world.Events.Published.OfType<EscalationRaised>().Select(e => e.EscalationId).Should().BeEquivalentTo(all.Select(e => e.Id));
        world.Events.Published.OfType<EscalationNotificationSent>().Should().HaveCount(6);
    }
}
