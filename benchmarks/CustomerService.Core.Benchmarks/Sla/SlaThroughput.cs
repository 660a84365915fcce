using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// <c>sla-throughput [tickets]</c>: evaluates a million (or the given number of) random, reproducible ticket histories
/// (<see cref="SlaBenchmarkData.RandomTicket"/>, seeded by their index) on all cores, in chunks so that only one chunk is
/// in memory, and prints tickets per second. Only evaluation is timed; generating a chunk is not.
/// </summary>
internal static class SlaThroughput
{
    private const int ChunkSize = 1 << 15;

    public static int Run(string[] args)
    {
        var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var engine = SlaBenchmarkData.Engine;
        var at = SlaBenchmarkData.Local(31, 12) + Duration.FromDays(14);
        var chunk = new IReadOnlyList<ITicketEvent>[ChunkSize];

        // Warm-up: JIT, the calendar's index and every thread's pooled scratch arrays.
        Evaluate(engine, Fill(chunk, 0, Math.Min(ChunkSize, total)), at, parallel: true);

        var sequential = Stopwatch.StartNew();
        var sample = Fill(chunk, 0, Math.Min(ChunkSize, total));
        var states = Evaluate(engine, sample, at, parallel: false);
        sequential.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1 thread:  {sample.Count:N0} tickets, {states:N0} states, {sample.Count / sequential.Elapsed.TotalSeconds:N0} tickets/s"));

        var elapsed = TimeSpan.Zero;
        var events = 0L;
        states = 0;
        for (var start = 0; start < total; start += ChunkSize)
        {
            var tickets = Fill(chunk, start, Math.Min(ChunkSize, total - start));
            foreach (var history in tickets)
            {
                events += history.Count;
            }

            var watch = Stopwatch.StartNew();
            states += Evaluate(engine, tickets, at, parallel: true);
            elapsed += watch.Elapsed;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} threads: {total:N0} tickets ({events:N0} events, {states:N0} states) in {elapsed.TotalSeconds:N2} s: {total / elapsed.TotalSeconds:N0} tickets/s"));
        return 0;
    }

    private static ArraySegment<IReadOnlyList<ITicketEvent>> Fill(IReadOnlyList<ITicketEvent>[] chunk, int first, int count)
    {
        Parallel.For(0, count, i => chunk[i] = SlaBenchmarkData.RandomTicket(first + i));
        return new ArraySegment<IReadOnlyList<ITicketEvent>>(chunk, 0, count);
    }

    private static long Evaluate(Core.Sla.SlaEngine engine, ArraySegment<IReadOnlyList<ITicketEvent>> tickets, Instant at, bool parallel)
    {
        if (!parallel)
        {
            long count = 0;
            foreach (var history in tickets)
            {
                count += engine.Evaluate(history, at).Targets.Count;
            }

            return count;
        }

        long states = 0;
        Parallel.ForEach(
            Partitioner.Create(0, tickets.Count, 1024),
            () => 0L,
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local += engine.Evaluate(tickets[i], at).Targets.Count;
                }

                return local;
            },
            local => Interlocked.Add(ref states, local));
        return states;
    }
}
