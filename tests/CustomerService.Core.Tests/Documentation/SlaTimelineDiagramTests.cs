using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CustomerService.Core.Sla;
using CustomerService.Core.Tests.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>The timeline diagram of docs/sla.md ("Cycles and pauses on a timeline") is what the engine computes for its story.</summary>
public sealed partial class SlaTimelineDiagramTests
{
    [Fact]
    public void CyclesTimeline_ItsBars_AreTheEnginesSegmentsPausesAndOpenHours()
    {
        var calendar = SlaFixtures.NineToFive;
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("standard")
                    .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4))
                    .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(2))
                    .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                    .Build())
                .WithDefaultCalendar(calendar.Id)
                .Build(),
            [calendar]);
        var ticket = SlaFixtures.Open(Utc("2025-03-10 09:00"));
        ticket.Writes(Utc("2025-03-10 09:00"));
        ticket.Reply(Utc("2025-03-10 10:00"));
        ticket.Reply(Utc("2025-03-10 11:00"));
        ticket.ChangeStatus(TicketStatus.Pending, Utc("2025-03-10 11:00"));
        ticket.Writes(Utc("2025-03-10 15:00"));
        ticket.Reply(Utc("2025-03-10 16:00"));
        ticket.Writes(Utc("2025-03-10 16:30"));
        ticket.Reply(Utc("2025-03-11 10:00"));
        ticket.Solve(Utc("2025-03-11 11:00"));

        var report = engine.Evaluate(ticket, Utc("2025-03-11 12:00"));
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

        bars.Where(b => b.Section == "Calendar").Select(b => b.Interval).Should().Equal(calendar.OpenIntervals(Utc("2025-03-10 00:00"), Utc("2025-03-12 00:00")));
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

    [GeneratedRegex(@"^(?:cycle (\d+) )?[a-z ]+:(done|active|crit), (\d{4}-\d\d-\d\d \d\d:\d\d), (\d{4}-\d\d-\d\d \d\d:\d\d)$")]
    private static partial Regex BarLine();
}
