using System;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// Deterministic tickets for the KPI benchmarks: ticket <c>i</c> is always the same (ids from its
/// number, shape from a hash of it), so any range of numbers can be generated on any thread, in chunks.
/// </summary>
internal static class KpiTicketFactory
{
    public static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 9, 0);

    public static readonly BusinessCalendar OfficeHours = BuildOfficeHours();

    public static readonly SlaEngine Engine = new(
        SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(2), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromMinutes(30), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.NextReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar)
                .Build())
            .Build(),
        [BusinessCalendar.AlwaysOpen]);

    private static readonly AgentId[] Agents = [.. Ids(8, n => AgentId.FromGuid(n))];

    private static readonly Channel[] Channels = [Channel.Email, Channel.Chat, Channel.Phone];

    /// <summary>
    /// The typical ticket of the per-ticket benchmark (12 events: opening, three customer messages,
    /// three public replies and the status moves they cause, an assignment, Pending, Solved).
    /// </summary>
    public static Ticket Typical(Instant at, AgentId agent, Channel? channel = null, Priority priority = Priority.Normal, long number = 0)
    {
        var ticket = Ticket.Open(TicketId.FromGuid(Guid(number, 1)), CustomerId.FromGuid(Guid(number, 2)), channel ?? Channel.Email, priority, "Subject", at);
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

    /// <summary>
    /// Ticket number <paramref name="number"/> of a generated set and its SLA report: opened every
    /// 7 seconds from <see cref="Start"/>, 8 agents, 3 channels, Normal or High priority, with varied
    /// reply delays; one in 8 is reopened by a customer message and solved again, one in 16 is still open.
    /// </summary>
    public static (Ticket Ticket, SlaReport Report) Generate(long number)
    {
        var hash = Mix((ulong)number);
        var at = Start + Duration.FromSeconds(number * 7);
        var agent = Agents[(int)(hash % 8)];
        var channel = Channels[(int)((hash >> 8) % 3)];
        var priority = ((hash >> 16) & 3) == 0 ? Priority.High : Priority.Normal;
        var delay = Duration.FromMinutes(5 + (int)((hash >> 24) % 240));

        var ticket = Ticket.Open(TicketId.FromGuid(Guid(number, 1)), CustomerId.FromGuid(Guid(number, 2)), channel, priority, "Subject", at);
        ticket.AddCustomerMessage("Help", at);
        var t = at + Duration.FromMinutes(1);
        ticket.AssignTo(agent, t);
        t += delay;
        ticket.AddAgentReply(agent, "Answer", isPublic: true, t, handleTime: Duration.FromMinutes(3 + (int)((hash >> 32) % 10)));
        if (((hash >> 40) & 1) == 0)
        {
            ticket.AddCustomerMessage("More", t + delay);
            t += delay + delay;
            ticket.AddAgentReply(agent, "Answer", isPublic: true, t, handleTime: Duration.FromMinutes(4));
        }

        if (((hash >> 44) & 15) != 0)
        {
            t += Duration.FromMinutes(1);
            ticket.Solve(t);
            if (((hash >> 48) & 7) == 0)
            {
                t += Duration.FromHours(3);
                ticket.AddCustomerMessage("Still broken", t);
                t += delay;
                ticket.AddAgentReply(agent, "Answer", isPublic: true, t, handleTime: Duration.FromMinutes(5));
                ticket.Solve(t + Duration.FromMinutes(1));
            }
        }

        return (ticket, Engine.Evaluate(ticket, at + Duration.FromDays(3)));
    }

    private static Guid Guid(long number, int kind) => new(kind, 0, 0, BitConverter.GetBytes(number));

    private static AgentId[] Ids(int count, Func<Guid, AgentId> make)
    {
        var ids = new AgentId[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = make(Guid(i + 1, 3));
        }

        return ids;
    }

    // SplitMix64's finalizer: a cheap, well-spread hash of the ticket number.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
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
}
