using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// The full standard ticket KPI set over 1,000 pre-evaluated tickets (each with its SLA report), per
/// ticket: the typical ticket of <see cref="KpiTicketFactory.Typical"/>, spread over ten days.
/// <list type="bullet">
/// <item><c>Linq*</c> (the baseline): the same KPIs the obvious way, <see cref="LinqKpis"/>.</item>
/// <item><c>Accumulate*</c>: a new accumulator, every ticket added, and <c>Result()</c>: the same job.</item>
/// <item><c>AddTicket*</c>: adding to a warm accumulator, the steady state of a long pass (goal: 200 ns, 0 bytes).</item>
/// </list>
/// <c>*Overall</c> computes the overall figures in calendar time; <c>*Grouped</c> adds two groupings
/// (agent; channel by day) and a business calendar (every time KPI a second time, in business hours).
/// Then merging two grouped accumulators of 10,000 tickets each.
/// </summary>
[MemoryDiagnoser]
public class KpiAccumulatorBenchmarks
{
    private const int N = 1_000;

    private static readonly KpiOptions Grouped = KpiOptions.Default with
    {
        Groupings = [KpiDimensions.Agent, KpiDimensions.Channel | KpiDimensions.Period],
        BusinessCalendar = KpiTicketFactory.OfficeHours,
    };

    /// <summary>The LINQ baseline's keys for the two groupings of <see cref="Grouped"/>.</summary>
    internal static readonly Func<Ticket, Instant, string>[] LinqGroupings =
    [
        (t, _) => $"agent {t.AssigneeId}",
        (t, at) => $"channel {t.Channel.Name} day {at.InUtc().Date}",
    ];

    private (Ticket Ticket, SlaReport Report)[] _tickets = null!;
    private KpiAccumulator _overall = null!;
    private KpiAccumulator _grouped = null!;
    private KpiAccumulator _left = null!;
    private KpiAccumulator _right = null!;

    [GlobalSetup]
    public void Setup()
    {
        var agents = new[] { AgentId.New(), AgentId.New(), AgentId.New() };
        _tickets = new (Ticket, SlaReport)[N];
        for (var i = 0; i < N; i++)
        {
            // Spread over ten days, so the period dimension moves.
            var ticket = KpiTicketFactory.Typical(KpiTicketFactory.Start + Duration.FromMinutes(i * 14), agents[i % agents.Length], number: i);
            _tickets[i] = (ticket, KpiTicketFactory.Engine.Evaluate(ticket, KpiTicketFactory.Start + Duration.FromDays(20)));
        }

        CheckBaselineAgrees(AccumulateOverall(), LinqOverall());
        CheckBaselineAgrees(AccumulateGrouped(), LinqGrouped());
        _overall = Warm(KpiOptions.Default);
        _grouped = Warm(Grouped);
        _left = Warm(Grouped, times: 10);
        _right = Warm(Grouped, times: 10);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public object LinqOverall() => LinqKpis.Compute(_tickets, null, []);

    [Benchmark(OperationsPerInvoke = N)]
    public KpiReport AccumulateOverall() => Fill(new KpiAccumulator(KpiOptions.Default)).Result();

    [Benchmark(OperationsPerInvoke = N)]
    public long AddTicketOverall() => Fill(_overall).TicketCount;

    [Benchmark(OperationsPerInvoke = N)]
    public object LinqGrouped() => LinqKpis.Compute(_tickets, KpiTicketFactory.OfficeHours, LinqGroupings);

    [Benchmark(OperationsPerInvoke = N)]
    public KpiReport AccumulateGrouped() => Fill(new KpiAccumulator(Grouped)).Result();

    [Benchmark(OperationsPerInvoke = N)]
    public long AddTicketGrouped() => Fill(_grouped).TicketCount;

    [Benchmark]
    public long MergeTwoOf10000() => new KpiAccumulator(Grouped).Merge(_left).Merge(_right).TicketCount;

    /// <summary>Throws unless the baseline computes the same figures (counts and totals; medians within the sketch's 1%).</summary>
    private static void CheckBaselineAgrees(KpiReport ours, object baseline)
    {
        var linq = (Dictionary<(string Kpi, string Group), LinqKpis.Figure>)baseline;
        var figures = ours.Overall;
        LinqKpis.Figure Linq(string kpi) => linq.GetValueOrDefault((kpi, "overall"));
        void Same(string kpi, long expected, long actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException($"The LINQ baseline disagrees on {kpi}: {actual} instead of {expected}.");
            }
        }

        void SameTime(string kpi, DurationSummary summary)
        {
            Same(kpi + " count", summary.Count, Linq(kpi).Count);
            Same(kpi + " total", (long)summary.TotalNanoseconds, Linq(kpi).Sum);
            if (summary.Median is { } median && Math.Abs(median.ToInt64Nanoseconds() - Linq(kpi).Median) > Linq(kpi).Median / 100)
            {
                throw new InvalidOperationException($"The LINQ baseline's median of {kpi} is not within 1% of ours.");
            }
        }

        Same("created", figures.TicketsCreated, Linq("created").Count);
        Same("solved", figures.TicketsSolved, Linq("solved").Count);
        SameTime("first response", figures.FirstResponseTime.CalendarTime);
        SameTime("response", figures.ResponseTime.CalendarTime);
        SameTime("first resolution", figures.FirstResolutionTime.CalendarTime);
        SameTime("full resolution", figures.FullResolutionTime.CalendarTime);
        SameTime("requester wait", figures.RequesterWaitTime.CalendarTime);
        SameTime("agent work", figures.AgentWorkTime.CalendarTime);
        SameTime("on hold", figures.OnHoldTime.CalendarTime);
        SameTime("handle time", figures.HandleTime);
        Same("first contact resolution", figures.FirstContactResolution.Count, Linq("first contact resolution").Sum);
        Same("one-touch resolution", figures.OneTouchResolution.Count, Linq("one-touch resolution").Sum);
        Same("reopens", figures.Reopens.Count, Linq("reopens").Count);
        Same("sla achieved", figures.SlaAchievements.Sum(a => a.Achieved), linq.Where(p => p.Key.Kpi.StartsWith("sla ", StringComparison.Ordinal) && p.Key.Group == "overall").Sum(p => p.Value.Sum));
        if (ours.Options.BusinessCalendar is not null)
        {
            SameTime("full resolution (business)", figures.FullResolutionTime.BusinessTime);
            Same("groups", ours.Groups.Count, linq.Keys.Select(k => k.Group).Distinct().Count(g => g != "overall"));
        }
    }

    private KpiAccumulator Warm(KpiOptions options, int times = 1)
    {
        var kpis = new KpiAccumulator(options);
        for (var i = 0; i < times; i++)
        {
            Fill(kpis);
        }

        return kpis;
    }

    private KpiAccumulator Fill(KpiAccumulator kpis)
    {
        foreach (var (ticket, report) in _tickets)
        {
            kpis.Add(ticket, report);
        }

        return kpis;
    }
}
