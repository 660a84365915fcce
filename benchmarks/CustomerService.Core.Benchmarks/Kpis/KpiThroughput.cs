using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// The throughput mode (<c>kpi-throughput</c>): 10,000,000 generated tickets split across all
/// cores, one accumulator per core, merged; reported as tickets per second. Tickets are generated
/// deterministically in chunks (<see cref="KpiTicketFactory.Generate"/>), with their SLA reports, and
/// only the adding (each worker's own, the slowest counts) and the merge are timed: the KPIs run
/// over pre-evaluated tickets. Beside it, in the
/// same run, the LINQ baseline (<see cref="LinqKpis"/>) and one accumulator over the same smaller set,
/// single-threaded both, which LINQ needs in memory at once.
/// </summary>
internal static class KpiThroughput
{
    public static int Run(string[] args)
    {
        var tickets = Option(args, "--tickets", 10_000_000);
        var chunk = (int)Option(args, "--chunk", 1_000);
        var linqTickets = (int)Option(args, "--linq-tickets", 200_000);
        var grouped = args.Contains("--grouped");
        var options = grouped
            ? KpiOptions.Default with
            {
                Groupings = [KpiDimensions.Agent, KpiDimensions.Channel | KpiDimensions.Period],
                BusinessCalendar = KpiTicketFactory.OfficeHours,
            }
            : KpiOptions.Default;
        var workers = Environment.ProcessorCount;
        if (args.Contains("--per-ticket"))
        {
            return PerTicket(options, (int)Option(args, "--set", 1_000), (int)Option(args, "--rounds", 2_000), withSla: !args.Contains("--no-sla"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"KPI throughput: {tickets:N0} tickets, {workers} workers, chunks of {chunk:N0}, {(grouped ? "grouped (agent; channel by day) with business time" : "overall, calendar time")}"));

        // Each worker generates a chunk, then adds it, timing only the adding. A collection that the
        // generation on another core causes can still stop a worker while it adds: that time counts
        // against us.
        var wall = Stopwatch.StartNew();
        var partials = new KpiAccumulator[workers];
        var addTimes = new TimeSpan[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var kpis = new KpiAccumulator(options);
            var batch = new (Ticket Ticket, SlaReport Report)[chunk];
            var added = TimeSpan.Zero;
            var end = tickets * (w + 1) / workers;
            for (var next = tickets * w / workers; next < end;)
            {
                var count = (int)Math.Min(chunk, end - next);
                for (var i = 0; i < count; i++)
                {
                    batch[i] = KpiTicketFactory.Generate(next + i);
                }

                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < count; i++)
                {
                    kpis.Add(batch[i].Ticket, batch[i].Report);
                }

                added += Stopwatch.GetElapsedTime(started);
                next += count;
            }

            partials[w] = kpis;
            addTimes[w] = added;
        });

        var merging = Stopwatch.StartNew();
        var all = partials.Skip(1).Aggregate(partials[0], (a, b) => a.Merge(b));
        var report = all.Result();
        merging.Stop();
        wall.Stop();

        var kpiTime = addTimes.Max() + merging.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours, {workers} cores: {report.Overall.TicketsCreated:N0} tickets; adding {string.Join(" / ", addTimes.Select(t => $"{t.TotalSeconds:F2} s"))} per worker, merge and result {merging.Elapsed.TotalMilliseconds:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours, {workers} cores: {tickets / kpiTime.TotalSeconds:N0} tickets per second (KPI time {kpiTime.TotalSeconds:F2} s; {wall.Elapsed.TotalSeconds:F1} s with generation)"));

        // The baseline needs every ticket in memory: a smaller set, single-threaded, and ours over the same set.
        var set = Enumerable.Range(0, linqTickets).Select(i => KpiTicketFactory.Generate(i)).ToArray();
        var ours = Stopwatch.StartNew();
        var single = new KpiAccumulator(options);
        foreach (var (ticket, slaReport) in set)
        {
            single.Add(ticket, slaReport);
        }

        _ = single.Result();
        ours.Stop();
        var linq = Stopwatch.StartNew();
        _ = LinqKpis.Compute(set, options.BusinessCalendar, grouped ? KpiAccumulatorBenchmarks.LinqGroupings : []);
        linq.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours, 1 core:  {linqTickets / ours.Elapsed.TotalSeconds:N0} tickets per second ({linqTickets:N0} tickets, {ours.Elapsed.TotalMilliseconds:F0} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  LINQ, 1 core:  {linqTickets / linq.Elapsed.TotalSeconds:N0} tickets per second ({linqTickets:N0} tickets, {linq.Elapsed.TotalMilliseconds:F0} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours / LINQ, 1 core each: {linq.Elapsed / ours.Elapsed:F1}x; ours on {workers} cores / LINQ on 1: {tickets / kpiTime.TotalSeconds / (linqTickets / linq.Elapsed.TotalSeconds):F1}x"));
        return 0;
    }

    /// <summary>
    /// A quick check of the per-ticket cost on a shared machine: 1,000 generated tickets (<c>--set</c>) added to a warm
    /// accumulator, again and again, timed in wall-clock time and in the process's CPU time (which
    /// leaves out the time other processes held the core).
    /// </summary>
    private static int PerTicket(KpiOptions options, int size, int rounds, bool withSla)
    {
        var set = Enumerable.Range(0, size).Select(i => KpiTicketFactory.Generate(i)).ToArray();
        var kpis = new KpiAccumulator(options);
        void Round()
        {
            foreach (var (ticket, slaReport) in set)
            {
                kpis.Add(ticket, withSla ? slaReport : null);
            }
        }

        for (var i = 0; i < 200; i++)
        {
            Round();
        }

        // The fastest of many short trials: the trials a busy machine interrupted are slower, not faster.
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var fastest = TimeSpan.MaxValue;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Round();
            var trial = Stopwatch.GetElapsedTime(started);
            fastest = trial < fastest ? trial : fastest;
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var count = (double)rounds * set.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per ticket, 1 thread, warm: fastest round {fastest.TotalNanoseconds / set.Length:F1} ns, mean {wall.Elapsed.TotalNanoseconds / count:F1} ns wall-clock, {cpu.TotalNanoseconds / count:F1} ns CPU, {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count:F2} bytes allocated"));
        return 0;
    }

    private static long Option(string[] args, string name, long fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
