using CustomerService.Core.Calendars;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

/// <summary>Small ticket builders for the KPI tests. T0 is Monday 2025-03-03 09:00 UTC.</summary>
internal static class KpiTickets
{
    /// <summary>Monday to Friday, 09:00 to 17:00 UTC.</summary>
    public static readonly BusinessCalendar OfficeHours = BuildOfficeHours();

    /// <summary>A ticket a customer opened by e-mail at <paramref name="minutes"/> after T0, with the opening message.</summary>
    public static Ticket Opened(int minutes = 0, Priority priority = Priority.Normal, Channel? channel = null)
    {
        var ticket = Ticket.Open(TicketId.New(), Customer, channel ?? Channel.Email, priority, "Subject", At(minutes));
        ticket.AddCustomerMessage("Help", At(minutes));
        return ticket;
    }

    public static Ticket Asks(this Ticket ticket, int minutes)
    {
        ticket.AddCustomerMessage("More", At(minutes));
        return ticket;
    }

    public static Ticket Reply(this Ticket ticket, int minutes, Duration? handleTime = null, AgentId? agent = null)
    {
        ticket.AddAgentReply(agent ?? Agent, "Answer", isPublic: true, At(minutes), handleTime: handleTime);
        return ticket;
    }

    public static Ticket Note(this Ticket ticket, int minutes, Duration? handleTime = null)
    {
        ticket.AddAgentReply(Agent, "Note", isPublic: false, At(minutes), handleTime: handleTime);
        return ticket;
    }

    public static Ticket Bot(this Ticket ticket, int minutes)
    {
        ticket.AddSystemMessage("We got your message", isPublic: true, At(minutes));
        return ticket;
    }

    public static Ticket Status(this Ticket ticket, TicketStatus status, int minutes)
    {
        ticket.ChangeStatus(status, At(minutes));
        return ticket;
    }

    public static Ticket Solved(this Ticket ticket, int minutes) => ticket.Status(TicketStatus.Solved, minutes);

    public static Ticket Assigned(this Ticket ticket, AgentId agent, int minutes)
    {
        ticket.AssignTo(agent, At(minutes));
        return ticket;
    }

    public static Duration Minutes(double minutes) => Duration.FromSeconds(minutes * 60);

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
