using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

public sealed partial class CookbookTests
{
    [Fact]
    public void ParallelKpis_PartialsMerged_EqualOneAccumulatorOverEveryTicket()
    {
        BusinessCalendar supportHours = Weekdays("support-ny", "America/New_York");
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("standard")
                    .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(2))
                    .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                    .Build())
                .WithDefaultCalendar("support-ny")
                .Build(),
            [supportHours]);
        Instant start = Instant.FromUtc(2025, 6, 2, 13, 0);
        Instant now = start + Duration.FromDays(30);
        Channel[] channels = [Channel.Email, Channel.Chat, Channel.Phone];
        Ticket[] tickets = [.. Enumerable.Range(0, 600).Select(i =>
        {
            var opened = start + Duration.FromMinutes(i * 37);
            var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), channels[i % 3], Priority.Normal, "Question", opened);
            var replied = opened + Duration.FromMinutes(5 + (i * 13 % 400));
            ticket.AddAgentReply(AgentId.New(), "Answer", isPublic: true, replied);
            if (i % 4 != 0)
            {
                ticket.Solve(replied + Duration.FromMinutes(10 + (i * 29 % 900)));
            }

            return ticket;
        })];

        // ---- snippet cookbook/parallel-kpis begins
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.Channel] };   // every partial must have equal options

        KpiAccumulator all = tickets
            .Chunk(100)                                   // any split: by shard, by month, by worker
            .AsParallel()
            .Select(part =>
            {
                var partial = new KpiAccumulator(options);    // one per thread: an accumulator is not thread-safe
                foreach (Ticket ticket in part)
                {
                    partial.Add(ticket, engine.Evaluate(ticket, now));
                }

                return partial;
            })
            .Aggregate((a, b) => a.Merge(b));             // Merge adds b into a and returns a

        KpiReport report = all.Result();                  // the same report as one accumulator over every ticket
        // ---- snippet cookbook/parallel-kpis ends

        var sequential = new KpiAccumulator(options);
        foreach (var ticket in tickets)
        {
            sequential.Add(ticket, engine.Evaluate(ticket, now));
        }

        var expected = sequential.Result();
        all.TicketCount.Should().Be(600);
        report.Overall.Should().Be(expected.Overall);
        report.Groups.Should().HaveCount(3);
        report.Groups.Should().BeEquivalentTo(expected.Groups);
        report.Overall.SlaAchievementRate("first-reply").Total.Should().BeGreaterThan(0);
    }
}
