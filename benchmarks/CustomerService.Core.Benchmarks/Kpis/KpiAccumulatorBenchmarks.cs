using BenchmarkDotNet.Attributes;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// Adding one typical ticket (12 events: opening, three customer messages, three public replies with
/// the status moves they cause, an assignment, Pending, Solved) with its pre-evaluated SLA report
/// (first reply and next reply targets), to a warm accumulator: overall figures only, and with two
/// groupings (agent; channel by day) and a business calendar. Then merging two accumulators of
/// 10,000 tickets each.
/// </summary>
[MemoryDiagnoser]
public class KpiAccumulatorBenchmarks
{
    private const int N = 1_000;
    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 9, 0);
    private static readonly BusinessCalendar OfficeHours = BuildOfficeHours();

    private readonly KpiOptions _grouped = KpiOptions.Default with
    {
        Groupings = [KpiDimensions.Agent, KpiDimensions.Channel | KpiDimensions.Period],
        BusinessCalendar = OfficeHours,
    };

    private Ticket[] _tickets = null!;
    private SlaReport[] _reports = null!;
    private KpiAccumulator _overall = null!;
    private KpiAccumulator _groupedAccumulator = null!;
    private KpiAccumulator _left = null!;
    private KpiAccumulator _right = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = new SlaEngine(
            SlaPolicySet.Create()
                .Add(SlaPolicy.Create("standard")
                    .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Calendar)
                    .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(2), SlaHoursMode.Calendar)
                    .Build())
                .Build(),
            [BusinessCalendar.AlwaysOpen]);
        var agents = new[] { AgentId.New(), AgentId.New(), AgentId.New() };
        _tickets = new Ticket[N];
        _reports = new SlaReport[N];
        for (var i = 0; i < N; i++)
        {
            // Spread over ten days, so the period dimension moves.
            _tickets[i] = Typical(Start + Duration.FromMinutes(i * 14), agents[i % agents.Length]);
            _reports[i] = engine.Evaluate(_tickets[i], Start + Duration.FromDays(20));
        }

        _overall = Warm(KpiOptions.Default);
        _groupedAccumulator = Warm(_grouped);
        _left = Warm(_grouped, times: 10);
        _right = Warm(_grouped, times: 10);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public long AddTicketOverall() => AddAll(_overall);

    [Benchmark(OperationsPerInvoke = N)]
    public long AddTicketGroupedWithBusinessTime() => AddAll(_groupedAccumulator);

    [Benchmark]
    public long MergeTwoOf10000() => new KpiAccumulator(_grouped).Merge(_left).Merge(_right).TicketCount;

    private static Ticket Typical(Instant at, AgentId agent)
    {
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.Normal, "Subject", at);
        ticket.AddCustomerMessage("Help", at);
        ticket.AssignTo(agent, at + Duration.FromMinutes(5));
        ticket.AddAgentReply(agent, "Answer", isPublic: true, at + Duration.FromMinutes(40), handleTime: Duration.FromMinutes(6));
        ticket.AddCustomerMessage("More", at + Duration.FromMinutes(90));
        ticket.AddAgentReply(agent, "Answer", isPublic: true, at + Duration.FromMinutes(150), handleTime: Duration.FromMinutes(4));
        ticket.ChangeStatus(TicketStatus.Pending, at + Duration.FromMinutes(151));
        ticket.AddCustomerMessage("Thanks, one more thing", at + Duration.FromHours(20));
        ticket.AddAgentReply(agent, "Answer", isPublic: true, at + Duration.FromHours(22), handleTime: Duration.FromMinutes(3));
        ticket.Solve(at + Duration.FromHours(22) + Duration.FromMinutes(1));
        return ticket;
    }

    private static BusinessCalendar BuildOfficeHours()
    {
        var builder = BusinessCalendar.Create("office", DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder = builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        return builder.Build();
    }

    private KpiAccumulator Warm(KpiOptions options, int times = 1)
    {
        var kpis = new KpiAccumulator(options);
        for (var i = 0; i < times; i++)
        {
            AddAll(kpis);
        }

        return kpis;
    }

    private long AddAll(KpiAccumulator kpis)
    {
        for (var i = 0; i < _tickets.Length; i++)
        {
            kpis.Add(_tickets[i], _reports[i]);
        }

        return kpis.TicketCount;
    }
}
