using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// The baseline: the ticket KPIs computed the obvious way with LINQ. Each KPI is its own query over
/// the ticket's history; every fact becomes a row (KPI, group key, value); rows are grouped with
/// <c>GroupBy</c> and each time KPI's median, p90 and p99 come from <c>OrderBy</c> and an index.
/// It follows the same definitions as <see cref="Core.Kpis.KpiAccumulator"/> for the benchmark's
/// tickets, and the benchmarks check that the counts and totals agree before measuring.
/// </summary>
internal static class LinqKpis
{
    /// <summary>The KPIs of every group: (KPI name, group key) to its figure.</summary>
    public static Dictionary<(string Kpi, string Group), Figure> Compute(
        IEnumerable<(Ticket Ticket, SlaReport Report)> tickets,
        BusinessCalendar? calendar,
        IReadOnlyList<Func<Ticket, Instant, string>> groupings)
    {
        var keys = groupings.Prepend((_, _) => "overall").ToList();
        return tickets
            .SelectMany(e => Facts(e.Ticket, e.Report, calendar))
            .SelectMany(f => keys.Select(key => (f.Kpi, Group: key(f.Ticket, f.At), f.Value)))
            .GroupBy(row => (row.Kpi, row.Group))
            .ToDictionary(g => g.Key, g => Summarize(g.Select(row => row.Value)));
    }

    private static Figure Summarize(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        long At(double q) => sorted[(int)Math.Floor(q * (sorted.Count - 1))];
        return new Figure(sorted.Count, sorted.Sum(), sorted.Min(), sorted.Max(), At(0.5), At(0.9), At(0.99));
    }

    private static List<Fact> Facts(Ticket t, SlaReport report, BusinessCalendar? calendar)
    {
        var statuses = t.History.OfType<TicketStatusChanged>().ToList();
        var replies = t.Interactions.Where(i => i.Author == AuthorKind.Agent && i.IsPublic).ToList();
        var customer = t.Interactions.Where(i => i.Author == AuthorKind.Customer).ToList();
        var solves = statuses.Where(s => s.To == TicketStatus.Solved).ToList();
        bool EndedBetween(Instant from, Instant to) => statuses.Any(s => s.To is TicketStatus.Solved or TicketStatus.Closed && s.OccurredAt >= from && s.OccurredAt <= to);

        IEnumerable<Fact> Time(string kpi, Instant from, Instant to)
        {
            yield return new Fact(t, kpi, to, (to - from).ToInt64Nanoseconds());
            if (calendar is not null)
            {
                yield return new Fact(t, kpi + " (business)", to, calendar.Between(from, to).ToInt64Nanoseconds());
            }
        }

        var facts = new List<Fact> { new(t, "created", t.OpenedAt, 1) };

        var firstReply = replies.FirstOrDefault();
        if (t.OpenedByAgent is null && firstReply is not null && !EndedBetween(t.OpenedAt, firstReply.OccurredAt))
        {
            facts.AddRange(Time("first response", t.OpenedAt, firstReply.OccurredAt));
        }

        facts.AddRange(customer
            .Select(m => (Message: m, Reply: replies.FirstOrDefault(r => r.OccurredAt >= m.OccurredAt)))
            .Where(p => p.Reply is not null && !EndedBetween(p.Message.OccurredAt, p.Reply.OccurredAt))
            .SelectMany(p => Time("response", p.Message.OccurredAt, p.Reply!.OccurredAt)));

        facts.AddRange(solves.Select(s => new Fact(t, "solves", s.OccurredAt, 1)));
        facts.AddRange(statuses.Where(s => s.From == TicketStatus.Solved && s.To == TicketStatus.Open).Select(s => new Fact(t, "reopens", s.OccurredAt, 1)));
        if (solves.Count > 0)
        {
            facts.AddRange(Time("first resolution", t.OpenedAt, solves[0].OccurredAt));
        }

        if (t.Status is TicketStatus.Solved or TicketStatus.Closed && solves.Count > 0)
        {
            var solvedAt = solves[^1].OccurredAt;
            var segments = statuses.Prepend(null).Zip(statuses.Append(null), (from, to) => (
                Status: from?.To ?? TicketStatus.New,
                From: from?.OccurredAt ?? t.OpenedAt,
                To: to?.OccurredAt ?? solvedAt)).Where(s => s.To <= solvedAt).ToList();
            long Sum(params TicketStatus[] counted) => segments.Where(s => counted.Contains(s.Status)).Sum(s => (s.To - s.From).ToInt64Nanoseconds());
            facts.Add(new Fact(t, "solved", solvedAt, 1));
            facts.AddRange(Time("full resolution", t.OpenedAt, solvedAt));
            facts.Add(new Fact(t, "requester wait", solvedAt, Sum(TicketStatus.New, TicketStatus.Open, TicketStatus.OnHold)));
            facts.Add(new Fact(t, "agent work", solvedAt, Sum(TicketStatus.New, TicketStatus.Open)));
            facts.Add(new Fact(t, "on hold", solvedAt, Sum(TicketStatus.OnHold)));
            if (t.Interactions.Any(i => i.HandleTime is not null))
            {
                facts.Add(new Fact(t, "handle time", solvedAt, t.Interactions.Sum(i => i.HandleTime?.ToInt64Nanoseconds() ?? 0)));
            }

            facts.Add(new Fact(t, "first contact resolution", solvedAt, customer.Count <= 1 ? 1 : 0));
            facts.Add(new Fact(t, "one-touch resolution", solvedAt, replies.Count < 2 ? 1 : 0));
        }

        facts.AddRange(report.Targets
            .Where(s => s.Stage is SlaStage.Achieved or SlaStage.Breached)
            .Select(s => new Fact(t, $"sla {s.Kind} {s.Metric.Id} {s.Target.Priority}", s.Stage == SlaStage.Achieved ? s.EndedAt ?? report.EvaluatedAt : s.BreachAt, s.Stage == SlaStage.Achieved ? 1 : 0)));
        return facts;
    }

    /// <summary>A KPI's figure in one group: count, sum (the numerator of a rate), min, max and the lower median, p90 and p99.</summary>
    public readonly record struct Figure(long Count, long Sum, long Min, long Max, long Median, long P90, long P99);

    private readonly record struct Fact(Ticket Ticket, string Kpi, Instant At, long Value);
}
