using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// Evaluating the typical ticket (<see cref="SlaBenchmarkData.TypicalTicket"/>: 12 events, 4 business-hours targets on an
/// America/New_York 9-17 calendar) the day after it was solved. Goal (issue 5): at most 1 µs and 1 KB per evaluation.
/// </summary>
[MemoryDiagnoser]
public class SlaEngineBenchmarks
{
    private static readonly IReadOnlyList<ITicketEvent> History = SlaBenchmarkData.TypicalTicket();
    private static readonly Instant Now = SlaBenchmarkData.Local(5, 12);

    /// <summary>Warms the calendar's index and prints what the report holds into the run's log.</summary>
    [GlobalSetup]
    public static void Report() => Console.WriteLine($"// Typical ticket: {History.Count} events, {SlaBenchmarkData.Engine.Evaluate(History, Now)}");

    [Benchmark]
    public SlaReport EvaluateTypicalTicket() => SlaBenchmarkData.Engine.Evaluate(History, Now);
}

/// <summary>
/// Evaluating histories of 10, 100 and 1,000 events (<see cref="SlaBenchmarkData.LongTicket"/>): the cost should grow
/// linearly with the number of events (and the cycles they make).
/// </summary>
[MemoryDiagnoser]
public class SlaEngineScalingBenchmarks
{
    private IReadOnlyList<ITicketEvent> _history = [];
    private Instant _now;

    [Params(10, 100, 1_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _history = SlaBenchmarkData.LongTicket(Events);
        _now = _history[^1].OccurredAt + Duration.FromHours(1);
        Console.WriteLine($"// {Events} events: {SlaBenchmarkData.Engine.Evaluate(_history, _now)}");
    }

    [Benchmark]
    public SlaReport Evaluate() => SlaBenchmarkData.Engine.Evaluate(_history, _now);
}
