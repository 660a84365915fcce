using System;
using CustomerService.Core.Calendars;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

// SLA achievement from reports of the real engine: first reply within 1 hour (Normal) or 30 minutes (High), 24/7.
public sealed partial class KpiAccumulatorTests
{
    private static readonly SlaEngine FirstReplyEngine = new(
        SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromMinutes(30), SlaHoursMode.Calendar)
                .Build())
            .Build(),
        [BusinessCalendar.AlwaysOpen]);

    [Fact]
    public void Add_WithSlaReports_AchievementIsAchievedOverAchievedPlusBreached_PerMetricAndPriority()
    {
        var now = At(180);
        Ticket[] tickets =
        [
            Opened().Reply(30),                          // Normal, achieved
            Opened().Reply(90),                          // Normal, breached
            Opened(150),                                 // Normal, running at evaluation: left out
            Opened(priority: Priority.High).Reply(20),   // High, achieved
            Opened(priority: Priority.High).Reply(45),   // High, breached
            Opened().Solved(10),                         // Normal, cancelled (solved before a reply): left out
            Opened(),                                    // Normal, no reply after 3 hours: breached though still running
        ];
        var kpis = new KpiAccumulator(KpiOptions.Default);
        foreach (var ticket in tickets)
        {
            kpis.Add(ticket, FirstReplyEngine.Evaluate(ticket, now));
        }

        var figures = kpis.Result().Overall;

        figures.SlaAchievements.Should().Equal(
            new SlaAchievement(SlaPolicyKind.Sla, "first-reply", Priority.Normal, new KpiRate(1, 3)),
            new SlaAchievement(SlaPolicyKind.Sla, "first-reply", Priority.High, new KpiRate(1, 2)));
        figures.SlaAchievementRate("first-reply").Should().Be(new KpiRate(2, 5));
        figures.SlaAchievementRate("first-reply").Percent.Should().Be(40);
        figures.SlaAchievementRate("first-reply", priority: Priority.High).Should().Be(new KpiRate(1, 2));
        figures.SlaAchievementRate("first-reply", SlaPolicyKind.Ola).Total.Should().Be(0);
        figures.SlaAchievements[1].Breached.Should().Be(1);
    }

    [Fact]
    public void Add_FirstResponseTime_AgreesWithTheEnginesFirstReplyElapsedOn24By7()
    {
        var loggedCall = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Call", At(0));
        loggedCall.Note(5).Reply(10).Bot(12).Asks(20).Reply(40);
        var emailed = Opened().Bot(1).Note(2).Reply(50);
        var acknowledgedCall = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Call", At(0));
        acknowledgedCall.Bot(1).Asks(15).Reply(45);

        foreach (var ticket in new[] { loggedCall, emailed, acknowledgedCall })
        {
            var kpis = new KpiAccumulator(KpiOptions.Default);
            var report = FirstReplyEngine.Evaluate(ticket, At(600));
            kpis.Add(ticket, report);

            var state = report.For(SlaMetric.FirstReply).Should().ContainSingle().Which;
            kpis.Result().Overall.FirstResponseTime.CalendarTime.Max.Should().Be(state.Elapsed);
        }
    }

    [Fact]
    public void Add_AnotherTicketsSlaReport_ThrowsAndAddsNothing()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        var ticket = Opened().Reply(10);
        var otherReport = FirstReplyEngine.Evaluate(Opened().Reply(10), At(60));

        var act = () => kpis.Add(ticket, otherReport);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("slaReport");
        kpis.TicketCount.Should().Be(0);
        kpis.Result().Should().Be(new KpiAccumulator(KpiOptions.Default).Result());
    }
}
