using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Sla.Evaluation;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

[MemoryDiagnoser]
public class SlaEngineProfile
{
    private static readonly IReadOnlyList<ITicketEvent> History = SlaBenchmarkData.TypicalTicket();
    private static readonly Instant Now = SlaBenchmarkData.Local(5, 12);
    private static readonly CompiledPolicySet Plan = new(SlaBenchmarkData.Engine.Policies, new CalendarCatalog([SlaBenchmarkData.Calendar]));
    private static readonly SlaTimeline Timeline = new();

    [Benchmark]
    public int Replay()
    {
        Timeline.Run(Plan, History, Now, Core.Customers.CustomerTier.Standard, null);
        return Timeline.CycleCount;
    }

    [Benchmark]
    public Duration Between() => SlaBenchmarkData.Calendar.Between(SlaBenchmarkData.Local(3, 9, 10), SlaBenchmarkData.Local(4, 10));

    [Benchmark]
    public object Evaluate() => SlaBenchmarkData.Engine.Evaluate(History, Now);
}
