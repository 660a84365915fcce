using System.Collections.Generic;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Tests.Sla;

/// <summary>Calendars, policies and tickets for the SLA engine tests. 2025-03-07 is a Friday.</summary>
internal static class SlaFixtures
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Mon-Fri 09:00-17:00 UTC.</summary>
    public static readonly BusinessCalendar NineToFive = Weekdays("nine-to-five", DateTimeZone.Utc, 9, 17);

    /// <summary>Mon-Fri 08:00-17:00 UTC.</summary>
    public static readonly BusinessCalendar EightToFive = Weekdays("eight-to-five", DateTimeZone.Utc, 8, 17);

    /// <summary>Mon-Fri 09:00-17:00 America/New_York.</summary>
    public static readonly BusinessCalendar SupportNewYork = Weekdays("support-ny", NewYork, 9, 17);

    public static readonly IReadOnlyList<BusinessCalendar> AllCalendars = [NineToFive, EightToFive, SupportNewYork];

    public static readonly CustomerId TheCustomer = CustomerId.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly GroupId Billing = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>A UTC instant written <c>2025-03-07 16:30</c>.</summary>
    public static Instant Utc(string text) => Pattern.Parse(text).Value.InUtc().ToInstant();

    /// <summary>An instant written in local time of <paramref name="zone"/>.</summary>
    public static Instant Local(string text, DateTimeZone zone) => Pattern.Parse(text).Value.InZoneLeniently(zone).ToInstant();

    public static BusinessCalendar Weekdays(string id, DateTimeZone zone, int openHour, int closeHour)
    {
        var builder = BusinessCalendar.Create(id, zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, new LocalTime(openHour, 0), new LocalTime(closeHour, 0));
        }

        return builder.Build();
    }

    /// <summary>An engine with one SLA policy that has one target for every priority.</summary>
    public static SlaEngine Engine(SlaMetric metric, Duration target, string calendarId = "nine-to-five", SlaHoursMode hours = SlaHoursMode.Business, params SlaWarningThreshold[] warnings)
    {
        var policy = SlaPolicy.Create("standard");
        foreach (var priority in new[] { Priority.Low, Priority.Normal, Priority.High, Priority.Urgent })
        {
            policy.WithTarget(new SlaTarget(metric, priority, target, hours, warnings: warnings));
        }

        var set = SlaPolicySet.Create().Add(policy.Build()).WithDefaultCalendar(calendarId).Build();
        return new SlaEngine(set, AllCalendars);
    }

    public static Ticket Open(Instant at, Priority priority = Priority.Normal) =>
        Ticket.Open(TicketId.New(), TheCustomer, Channel.Email, priority, "Cannot log in", at);

    public static Ticket OpenByAgent(Instant at, Priority priority = Priority.Normal) =>
        Ticket.OpenByAgent(TicketId.New(), TheCustomer, Agent, Channel.Phone, priority, "Called about an invoice", at);

    public static void Reply(this Ticket ticket, Instant at) => ticket.AddAgentReply(Agent, "Here is the answer", isPublic: true, at);

    public static void Note(this Ticket ticket, Instant at) => ticket.AddAgentReply(Agent, "Internal note", isPublic: false, at);

    public static void Writes(this Ticket ticket, Instant at) => ticket.AddCustomerMessage("Any news?", at);

    /// <summary>The single state of <paramref name="metric"/> (first cycle unless given).</summary>
    public static SlaTargetState Single(this SlaReport report, SlaMetric metric, int cycle = 1)
    {
        foreach (var state in report.For(metric))
        {
            if (state.Cycle == cycle)
            {
                return state;
            }
        }

        throw new KeyNotFoundException($"No state for {metric} cycle {cycle} in {report}.");
    }
}
