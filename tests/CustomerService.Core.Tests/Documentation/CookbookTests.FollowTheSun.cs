using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

public sealed partial class CookbookTests
{
    [Fact]
    public void FollowTheSun_HandoversBetweenDesks_KeepTheTimeCountedOnEachDesksHours()
    {
        // ---- snippet cookbook/follow-the-sun-desks begins
        (GroupId Group, BusinessCalendar Hours)[] desks =
        [
            (GroupId.New(), Weekdays("desk-sydney", "Australia/Sydney")),
            (GroupId.New(), Weekdays("desk-berlin", "Europe/Berlin")),
            (GroupId.New(), Weekdays("desk-new-york", "America/New_York")),
        ];

        SlaPolicySetBuilder builder = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("global")
                .WithTarget(SlaMetric.Resolution, Priority.Urgent, Duration.FromHours(12))
                .Build())
            .WithDefaultCalendar("desk-berlin")                 // until a desk has the ticket
            .WithRetargeting(SlaRetargeting.KeepElapsed);       // a handover keeps the time already counted
        foreach (var (group, hours) in desks)
        {
            builder.WithGroupCalendar(group, hours.Id);         // a desk's tickets count its hours
        }

        var engine = new SlaEngine(builder.Build(), desks.Select(d => d.Hours));

        GroupId DeskOpenAt(Instant at) => desks.First(d => d.Hours.IsOpen(at)).Group;
        Instant ClosingOf(GroupId desk, Instant at) => desks.Single(d => d.Group == desk).Hours.NextClosing(at);
        // ---- snippet cookbook/follow-the-sun-desks ends

        // ---- snippet cookbook/follow-the-sun-handover begins
        Instant at = Instant.FromUtc(2025, 6, 10, 5, 0);    // Tuesday: 15:00 in Sydney, 07:00 in Berlin, 01:00 in New York
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Web, Priority.Urgent, "Checkout is down", at);
        for (var handover = 0; handover < 3; handover++)
        {
            GroupId desk = DeskOpenAt(at);                  // Sydney at 05:00Z, Berlin at 07:00Z, New York at 15:00Z
            ticket.AssignToGroup(desk, at);
            at = ClosingOf(desk, at);                       // 17:00 local: 07:00Z, 15:00Z, 21:00Z
        }

        SlaTargetState resolution = engine.Evaluate(ticket, Instant.FromUtc(2025, 6, 10, 16, 0)).Targets[0];
        // 11h of 12h used in 11 hours: 2h in Sydney, 8h in Berlin, 1h in New York; due 17:00Z on the New York desk
        // ---- snippet cookbook/follow-the-sun-handover ends

        resolution.Elapsed.Should().Be(Duration.FromHours(11));
        resolution.DueAt.Should().Be(Instant.FromUtc(2025, 6, 10, 17, 0));
        resolution.CalendarId.Should().Be("desk-new-york");
        resolution.Stage.Should().Be(SlaStage.Running);
        resolution.Explain().CalendarSource.Should().Be(SlaCalendarSource.Group);
        resolution.Explain().TargetChanges.Select(c => c.At).Should().Equal(Instant.FromUtc(2025, 6, 10, 7, 0), Instant.FromUtc(2025, 6, 10, 15, 0));
        at.Should().Be(Instant.FromUtc(2025, 6, 10, 21, 0));

        // The text: under the default (recompute from the start), New York re-measures the whole cycle on its own hours.
        var recomputing = SlaPolicySet.Create()
            .Add(engine.Policies.Policies.ToArray())
            .WithDefaultCalendar("desk-berlin");
        foreach (var (group, calendarId) in engine.Policies.GroupCalendars)
        {
            recomputing.WithGroupCalendar(group, calendarId);
        }

        var recomputed = new SlaEngine(recomputing.Build(), desks.Select(d => d.Hours)).Evaluate(ticket, Instant.FromUtc(2025, 6, 10, 16, 0)).Targets[0];
        recomputed.Elapsed.Should().Be(Duration.FromHours(3));
        recomputed.DueAt.Should().Be(Instant.FromUtc(2025, 6, 11, 17, 0));
    }
}
