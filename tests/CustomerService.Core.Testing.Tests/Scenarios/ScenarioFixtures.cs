using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.Scenarios;

/// <summary>Calendars and policies for the scenario tests. 2025-03-07 is a Friday; 2025-03-09 is the day New York moves to daylight time.</summary>
internal static class ScenarioFixtures
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Mon-Fri 09:00-17:00 UTC.</summary>
    public static readonly BusinessCalendar NineToFive = Weekdays("nine-to-five", DateTimeZone.Utc, new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>Mon-Fri 08:00-17:00 UTC.</summary>
    public static readonly BusinessCalendar EightToFive = Weekdays("eight-to-five", DateTimeZone.Utc, new LocalTime(8, 0), new LocalTime(17, 0));

    /// <summary>Mon-Fri 09:00-17:00 America/New_York.</summary>
    public static readonly BusinessCalendar SupportNewYork = Weekdays("support-ny", NewYork, new LocalTime(9, 0), new LocalTime(17, 0));

    public static readonly IReadOnlyList<BusinessCalendar> AllCalendars = [NineToFive, EightToFive, SupportNewYork];

    public static readonly GroupId Billing = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    /// <summary>A set of one policy, <c>standard</c> v1, with these targets, counted on <paramref name="calendarId"/> by default.</summary>
    public static SlaPolicySet OnePolicy(string calendarId, params SlaTarget[] targets) =>
        SlaPolicySet.Create()
            .Add(targets.Aggregate(SlaPolicy.Create("standard"), (policy, target) => policy.WithTarget(target)).Build())
            .WithDefaultCalendar(calendarId)
            .Build();

    public static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    /// <summary>A ticket opened by hand with the customer's first message, to compare a scenario with the engine driven directly.</summary>
    public static Ticket CustomerWrote(Instant openedAt, Priority priority = Priority.Normal)
    {
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, priority, "Cannot sign in", openedAt);
        ticket.AddCustomerMessage("I cannot sign in", openedAt);
        return ticket;
    }

    /// <summary>The report of the real engine, driven by hand.</summary>
    public static SlaReport ByHand(SlaPolicySet policies, Ticket ticket, Instant at, SlaCustomerContext? customer = null) =>
        new SlaEngine(policies, AllCalendars).Evaluate(ticket, at, customer ?? SlaCustomerContext.Standard);

    /// <summary>Asserts that two reports say the same of every target, down to the explanation.</summary>
    public static void ShouldMatch(this SlaReport actual, SlaReport expected)
    {
        expected.Targets.Should().NotBeEmpty("a comparison of empty reports proves nothing");
        actual.Targets.Select(Summary).Should().Equal(expected.Targets.Select(Summary));
    }

    private static BusinessCalendar Weekdays(string id, DateTimeZone zone, LocalTime open, LocalTime close)
    {
        var builder = BusinessCalendar.Create(id, zone);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWeeklyHours(day, open, close);
        }

        return builder.Build();
    }

    private static string Summary(SlaTargetState state) =>
        $"{state} | started {state.StartedAt} ended {state.EndedAt} breach {state.BreachAt} paused {state.PausedTime} "
        + $"warnings [{string.Join(", ", state.Warnings.Select(w => w.At))}]\n{state.Explain()}";
}
