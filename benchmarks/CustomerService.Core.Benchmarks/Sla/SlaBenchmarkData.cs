using System;
using System.Collections.Generic;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// The engine and ticket histories the SLA benchmarks share: an America/New_York Mon-Fri 09:00-17:00 calendar and one
/// SLA policy with four business-hours targets per priority (first reply, next reply, resolution, agent work time),
/// each warning at 50 % and 75 %. 2025-03-03 is a Monday.
/// </summary>
internal static class SlaBenchmarkData
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static readonly BusinessCalendar Calendar = CreateCalendar();

    public static readonly SlaEngine Engine = CreateEngine(Duration.FromHours(1));

    private static readonly CustomerId Customer = CustomerId.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static readonly GroupId Billing = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    public static Instant Local(int day, int hour, int minute = 0) =>
        new LocalDateTime(2025, 3, day, hour, minute).InZoneLeniently(NewYork).ToInstant();

    /// <summary>An engine whose first-reply target is <paramref name="firstReply"/> (the other three are fixed).</summary>
    public static SlaEngine CreateEngine(Duration firstReply)
    {
        var policy = SlaPolicy.Create("standard");
        SlaWarningThreshold[] warnings = [SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.PercentOfTarget(75)];
        foreach (var priority in new[] { Priority.Low, Priority.Normal, Priority.High, Priority.Urgent })
        {
            policy.WithTarget(SlaMetric.FirstReply, priority, firstReply, SlaHoursMode.Business, warnings);
            policy.WithTarget(SlaMetric.NextReply, priority, Duration.FromHours(4), SlaHoursMode.Business, warnings);
            policy.WithTarget(SlaMetric.Resolution, priority, Duration.FromHours(16), SlaHoursMode.Business, warnings);
            policy.WithTarget(SlaMetric.AgentWorkTime, priority, Duration.FromHours(8), SlaHoursMode.Business, warnings);
        }

        var set = SlaPolicySet.Create().Add(policy.Build()).WithDefaultCalendar(Calendar.Id).Build();
        return new SlaEngine(set, [Calendar]);
    }

    /// <summary>
    /// The typical ticket, 12 events over two business days, one state per target: opened, assigned to a group, a public
    /// reply (and the status it moves), Pending, the customer answers (and reopens it), an internal note, a second reply,
    /// a tag, Pending again, solved the next morning.
    /// </summary>
    public static IReadOnlyList<ITicketEvent> TypicalTicket()
    {
        var ticket = Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.Normal, "Cannot log in", Local(3, 9, 10));
        ticket.AssignToGroup(Billing, Local(3, 9, 20));
        ticket.AddAgentReply(Agent, "Could you send a screenshot?", isPublic: true, Local(3, 10));
        ticket.ChangeStatus(TicketStatus.Pending, Local(3, 10, 5));
        ticket.AddCustomerMessage("Here it is", Local(3, 13));
        ticket.AddAgentReply(Agent, "Internal: password reset loop", isPublic: false, Local(3, 13, 30));
        ticket.AddAgentReply(Agent, "Please try again now", isPublic: true, Local(3, 14));
        ticket.AddTags(["login"], Local(3, 14, 1));
        ticket.ChangeStatus(TicketStatus.Pending, Local(3, 14, 2));
        ticket.Solve(Local(4, 10));
        return ticket.History;
    }

    /// <summary>
    /// A history of exactly <paramref name="count"/> events: rounds of a customer question, a reply an hour later,
    /// Pending, and the customer's answer the next business morning; the clocks keep cycling to the end.
    /// </summary>
    public static IReadOnlyList<ITicketEvent> LongTicket(int count)
    {
        var at = Local(3, 9);
        var ticket = Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.High, "Integration keeps failing", at);
        while (ticket.History.Count < count)
        {
            at = Calendar.Add(at, Duration.FromMinutes(20));
            ticket.AddCustomerMessage("Another failure", at);
            at = Calendar.Add(at, Duration.FromHours(1));
            ticket.AddAgentReply(Agent, "Looking at it", isPublic: true, at);
            at = Calendar.Add(at, Duration.FromMinutes(5));
            ticket.ChangeStatus(TicketStatus.Pending, at);
        }

        var history = ticket.History;
        return history.Count == count ? history : [.. Slice(history, count)];
    }

    /// <summary>
    /// A random but reproducible history for <paramref name="seed"/>: 2 to 30 events of messages, notes, status and
    /// priority changes, opened at a random minute of March 2025; some are solved, some left open.
    /// </summary>
    public static IReadOnlyList<ITicketEvent> RandomTicket(int seed)
    {
        var random = new Random(seed);
        var at = Local(3, 0) + Duration.FromMinutes(random.Next(31 * 24 * 60));
        var ticket = Ticket.Open(TicketId.New(), Customer, Channel.Email, (Priority)random.Next(1, 5), "Subject", at);
        var steps = random.Next(1, 20);
        for (var i = 0; i < steps && ticket.Status != TicketStatus.Solved; i++)
        {
            at += Duration.FromMinutes(random.Next(1, 600));
            switch (random.Next(10))
            {
                case 0 or 1 or 2:
                    ticket.AddCustomerMessage("Question", at);
                    break;
                case 3 or 4 or 5:
                    ticket.AddAgentReply(Agent, "Answer", isPublic: true, at);
                    break;
                case 6:
                    ticket.AddAgentReply(Agent, "Note", isPublic: false, at);
                    break;
                case 7 when ticket.CanChangeStatus(TicketStatus.Pending, at):
                    ticket.ChangeStatus(TicketStatus.Pending, at);
                    break;
                case 7:
                    break;
                case 8:
                    ticket.ChangePriority((Priority)random.Next(1, 5), at);
                    break;
                default:
                    ticket.Solve(at);
                    break;
            }
        }

        return ticket.History;
    }

    private static IEnumerable<ITicketEvent> Slice(IReadOnlyList<ITicketEvent> history, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return history[i];
        }
    }

    private static BusinessCalendar CreateCalendar()
    {
        var builder = BusinessCalendar.Create("support-ny", NewYork);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        return builder.Build();
    }
}
