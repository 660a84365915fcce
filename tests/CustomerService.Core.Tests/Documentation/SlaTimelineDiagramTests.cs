using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>The timeline diagram of docs/sla.md ("Cycles and pauses on a timeline") is what the engine computes for its story.</summary>
public sealed partial class SlaTimelineDiagramTests
{
    private static readonly LocalDateTimePattern BarTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    [Fact]
    public void CyclesTimeline_ItsBars_AreTheEnginesSegmentsPausesAndOpenHours()
    {
        var builder = BusinessCalendar.Create("office", DateTimeZone.Utc);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        var calendar = builder.Build();
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("standard")
                    .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4))
                    .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(2))
                    .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                    .Build())
                .WithDefaultCalendar("office")
                .Build(),
            [calendar]);
        static Instant Monday(int hour, int minute = 0) => Instant.FromUtc(2025, 3, 10, hour, minute);
        static Instant Tuesday(int hour) => Instant.FromUtc(2025, 3, 11, hour, 0);
        var agent = AgentId.New();
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.Normal, "Export fails", Monday(9));
        ticket.AddCustomerMessage("The export stops at 50%.", Monday(9));
        ticket.AddAgentReply(agent, "Looking.", isPublic: true, Monday(10));
        ticket.AddAgentReply(agent, "Which browser?", isPublic: true, Monday(11));
        ticket.ChangeStatus(TicketStatus.Pending, Monday(11));
        ticket.AddCustomerMessage("Firefox.", Monday(15));
        ticket.AddAgentReply(agent, "Reproduced.", isPublic: true, Monday(16));
        ticket.AddCustomerMessage("Any news?", Monday(16, 30));
        ticket.AddAgentReply(agent, "Fixed in the next release; workaround attached.", isPublic: true, Tuesday(10));
        ticket.Solve(Tuesday(11));

        var report = engine.Evaluate(ticket, Tuesday(12));
        var bars = Bars();

        report.Targets.Select(t => $"{t.Metric.Id}#{t.Cycle}").Should().BeEquivalentTo(
            bars.Where(b => b.Tag == "active").Select(b => $"{b.Section}#{b.Cycle}").Distinct());
        foreach (var state in report.Targets)
        {
            var explanation = state.Explain();
            var mine = bars.Where(b => b.Section == state.Metric.Id && (b.Cycle == state.Cycle || b.Tag == "crit")).ToList();
            mine.Where(b => b.Tag == "active").Select(b => b.Interval).Should().Equal(explanation.Segments.Select(s => new Interval(s.From, s.To)), state.ToString());
            mine.Where(b => b.Tag == "crit").Select(b => b.Interval).Should().Equal(explanation.Pauses, state.ToString());
        }

        bars.Where(b => b.Section == "Calendar").Select(b => b.Interval).Should().Equal(calendar.OpenIntervals(Monday(0), Tuesday(23)));
        report.For(SlaMetric.Resolution).Single().Elapsed.Should().Be(Duration.FromHours(6));
        report.For(SlaMetric.Resolution).Single().PausedTime.Should().Be(Duration.FromHours(4));
        report.For(SlaMetric.NextReply).Select(s => s.Elapsed).Should().Equal(Duration.FromHours(1), Duration.FromMinutes(90));
        report.For(SlaMetric.FirstReply).Single().Elapsed.Should().Be(Duration.FromHours(1));
    }

    private static List<(string Section, int Cycle, string Tag, Interval Interval)> Bars()
    {
        var bars = new List<(string, int, string, Interval)>();
        var section = string.Empty;
        foreach (var line in DocSnippets.Block("sla.md", "sla/cycles-timeline").Select(l => l.Trim()))
        {
            if (line.StartsWith("section ", System.StringComparison.Ordinal))
            {
                section = line["section ".Length..];
                continue;
            }

            var bar = BarLine().Match(line);
            if (bar.Success)
            {
                var cycle = bar.Groups[1].Success ? int.Parse(bar.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                bars.Add((section, cycle, bar.Groups[2].Value, new Interval(Utc(bar.Groups[3].Value), Utc(bar.Groups[4].Value))));
            }
        }

        return bars;
    }

    private static Instant Utc(string text) => BarTime.Parse(text).Value.InUtc().ToInstant();

    [GeneratedRegex(@"^(?:cycle (\d+) )?[a-z ]+:(done|active|crit), (\d{4}-\d\d-\d\d \d\d:\d\d), (\d{4}-\d\d-\d\d \d\d:\d\d)$")]
    private static partial Regex BarLine();
}
