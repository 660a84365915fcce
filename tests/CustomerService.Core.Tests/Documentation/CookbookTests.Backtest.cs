using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

public sealed partial class CookbookTests
{
    [Fact]
    public void Backtest_ATighterContract_ShowsWhichPromisesAndTicketsChange()
    {
        BusinessCalendar supportHours = Weekdays("support-ny", "America/New_York");
        Instant monday = Instant.FromUtc(2025, 6, 2, 13, 0);   // 09:00 in New York
        Instant endOfQuarter = Instant.FromUtc(2025, 7, 1, 4, 0);

        // Last quarter's tickets, as a store would give them: answered after 1, 3 and 5 business hours, each solved 30 minutes later.
        Ticket AnsweredAfter(Duration businessTime)
        {
            var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Question", monday);
            ticket.AddAgentReply(AgentId.New(), "Answer", isPublic: true, supportHours.Add(monday, businessTime));
            ticket.Solve(supportHours.Add(monday, businessTime + Duration.FromMinutes(30)));
            return ticket;
        }

        Ticket[] closedLastQuarter = [AnsweredAfter(Duration.FromHours(1)), AnsweredAfter(Duration.FromHours(3)), AnsweredAfter(Duration.FromHours(5))];

        // ---- snippet cookbook/backtest begins
        SlaPolicySet Contract(int version, Duration firstReply) => SlaPolicySet.Create()
            .Add(SlaPolicy.Create("acme-contract", version)
                .WithTarget(SlaMetric.FirstReply, Priority.High, firstReply)
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(16))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();

        var signed = new SlaEngine(Contract(3, Duration.FromHours(4)), [supportHours]);
        var proposed = new SlaEngine(Contract(4, Duration.FromHours(2)), [supportHours]);

        // Any sequence: stream the histories from your store; only counts are kept.
        IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> histories =
            closedLastQuarter.Select(t => (t.History, (SlaCustomerContext?)null));
        SlaBacktestComparison comparison = SlaBacktest.Compare(signed, proposed, histories, endOfQuarter);

        SlaAchievementDelta firstReplies = comparison.Deltas.Single(d => d.MetricId == "first-reply");
        // Baseline: 2 of 3 achieved (67%); candidate: 1 of 3 (33%); BreachedChange +1
        SlaOutcomeChange change = comparison.Changes.Single();
        // the ticket answered after 3 business hours: first-reply#1 Achieved -> Breached (NewlyBreached)
        // ---- snippet cookbook/backtest ends

        firstReplies.Baseline.Achieved.Should().Be(2);
        firstReplies.Baseline.Breached.Should().Be(1);
        firstReplies.Candidate.Achieved.Should().Be(1);
        firstReplies.Candidate.Breached.Should().Be(2);
        firstReplies.BreachedChange.Should().Be(1);
        firstReplies.Baseline.AchievementRate.Should().BeApproximately(2d / 3, 1e-12);
        firstReplies.Candidate.AchievementRate.Should().BeApproximately(1d / 3, 1e-12);
        comparison.Deltas.Single(d => d.MetricId == "resolution").BreachedChange.Should().Be(0);
        change.TicketId.Should().Be(closedLastQuarter[1].Id);
        change.MetricId.Should().Be("first-reply");
        change.Before.Should().Be(SlaStage.Achieved);
        change.After.Should().Be(SlaStage.Breached);
        change.Change.Should().Be(SlaOutcomeChangeKind.NewlyBreached);
        comparison.ChangeCount.Should().Be(1);
    }
}
