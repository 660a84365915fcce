using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Tickets;

/// <summary>
/// Rebuilding a ticket from its stored history happens on every load, so it should cost about what
/// recording the same history did. The history: 50 rounds of customer message, public reply,
/// Pending, and a customer message that reopens it (252 events).
/// </summary>
/// <remarks>
/// 2026-11-23, ShortRun, AMD EPYC 2.60GHz (2 cores, shared), .NET 10.0.12:
/// <code>
/// | Method           | Mean     | Ratio | Allocated |
/// |----------------- |---------:|------:|----------:|
/// | RecordLive       | 25.35 us |  1.00 |  48.76 KB |
/// | Rehydrate        | 13.91 us |  0.55 |   8.97 KB |
/// | ImportOutOfOrder | 29.09 us |  1.16 |  19.43 KB |
/// </code>
/// </remarks>
[MemoryDiagnoser]
public class TicketHistoryBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 9, 0);
    private static readonly TicketId Id = TicketId.New();
    private static readonly AgentId Agent = AgentId.New();
    private static readonly CustomerId Customer = CustomerId.New();
    private static readonly IReadOnlyList<ITicketEvent> History = Record().History;
    private static readonly ITicketEvent[] NewestFirst = [.. History.GroupBy(e => e.OccurredAt).Reverse().SelectMany(g => g)];

    [Benchmark(Baseline = true)]
    public Ticket RecordLive() => Record();

    [Benchmark]
    public Ticket Rehydrate() => Ticket.Rehydrate(Id, History);

    [Benchmark]
    public ParseResult<Ticket> ImportOutOfOrder() => Ticket.Import(Id, NewestFirst);

    private static Ticket Record()
    {
        var ticket = Ticket.Open(Id, Customer, Channel.Email, Priority.Normal, "Subject", Start);
        for (var i = 0; i < 50; i++)
        {
            var at = Start + Duration.FromMinutes(10 * i);
            ticket.AddCustomerMessage("Question", at);
            ticket.AddAgentReply(Agent, "Answer", isPublic: true, at + Duration.FromMinutes(1));
            ticket.ChangeStatus(TicketStatus.Pending, at + Duration.FromMinutes(2));
            ticket.AddCustomerMessage("More", at + Duration.FromMinutes(3));
        }

        return ticket;
    }
}
