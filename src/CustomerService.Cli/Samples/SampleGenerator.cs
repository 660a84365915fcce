using System;
using System.Collections.Generic;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Customers;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.Samples;

/// <summary>One generated ticket and the survey responses about it.</summary>
internal sealed record SampleTicket(TicketRecord Ticket, IReadOnlyList<SurveyResponse> Surveys);

/// <summary>
/// A synthetic but plausible help desk over the sample calendars (docs/file-formats.md says what it
/// models): customers in New York, Berlin and Sydney who write mostly in their business hours, three
/// teams on the sample calendars, replies in business time, pending and on-hold periods, reopens,
/// priority changes, merges, and CSAT, NPS and CES surveys. Every ticket is built through the
/// <see cref="Ticket"/> commands, so every history is one the package accepts; events past the end of
/// the period are not generated (the data is a snapshot), so the last days leave tickets open.
/// </summary>
/// <remarks>Deterministic: ticket <c>i</c> of a seed draws from its own random stream, whatever the count.</remarks>
internal sealed partial class SampleGenerator
{
    /// <summary>The first day of the default period: a Monday; New York's clocks change on the 9th, Europe's on the 30th.</summary>
    public static readonly LocalDate DefaultStart = new(2025, 3, 3);

    /// <summary>The default length of the period: four ISO weeks.</summary>
    public const int DefaultDays = 28;

    private static readonly (Channel, double)[] Channels =
    [
        (Channel.Email, 40), (Channel.Chat, 20), (Channel.Web, 15), (Channel.Phone, 12), (Channel.Messaging, 6), (Channel.SocialMedia, 5), (Channel.Api, 2),
    ];

    private static readonly (Priority, double)[] Priorities = [(Priority.Low, 20), (Priority.Normal, 55), (Priority.High, 19), (Priority.Urgent, 6)];

    private static readonly (string, double)[] Categories = [("technical", 45), ("billing", 22), ("account", 20), ("how-to", 13)];

    private static readonly (CustomerTier, double)[] Tiers =
    [
        (CustomerTier.Standard, 70), (CustomerTier.Create("business"), 20), (CustomerTier.Create("enterprise"), 10),
    ];

    // Arrivals by local hour: a morning and an afternoon peak in business hours, a quiet night.
    private static readonly double[] HourWeights =
    [
        0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.8, 1.4, 2.0, 2.3, 2.2, 1.7, 1.9, 2.2, 2.1, 1.8, 1.3, 0.9, 0.7, 0.6, 0.5, 0.35, 0.25,
    ];

    private readonly long _seed;
    private readonly LocalDate _start;
    private readonly int _days;
    private readonly Instant _from;
    private readonly int _customers;
    private readonly (DateTimeZone Zone, double Weight)[] _regions;
    private readonly Team _support;
    private readonly Team _billing;
    private readonly Team _nightDesk;

    public SampleGenerator(long seed, LocalDate start, int days, int ticketCount, CalendarDocument calendars)
    {
        _seed = seed;
        _start = start;
        _days = days;
        _from = start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        Horizon = start.PlusDays(days).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        _customers = Math.Max(50, ticketCount / 3);
        _support = Team.Of(SupportGroup, Calendar(calendars, "support-ny"), 12, 1);
        _billing = Team.Of(BillingGroup, Calendar(calendars, "billing-berlin"), 6, 2);
        _nightDesk = Team.Of(NightDeskGroup, Calendar(calendars, "night-desk-sydney"), 6, 3);
        _regions = [(_support.Calendar.Zone, 55), (_billing.Calendar.Zone, 30), (_nightDesk.Calendar.Zone, 15)];
    }

    /// <summary>The support team's group: most tickets (samples/policies.json gives it no calendar of its own).</summary>
    public static GroupId SupportGroup { get; } = new(Guid.Parse("0a5d8f3c-6b2e-4d71-8c90-2e4f6a1b3c5d"));

    /// <summary>The billing team's group, the one samples/policies.json gives the billing OLA and the Berlin calendar.</summary>
    public static GroupId BillingGroup { get; } = new(Guid.Parse("6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812"));

    /// <summary>The night desk's group: urgent tickets that arrive while New York is closed.</summary>
    public static GroupId NightDeskGroup { get; } = new(Guid.Parse("b7e2c4a1-9d3f-4e6b-a5c8-1f0d2e3b4a6c"));

    /// <summary>The end of the period: no event is generated at or after it; the natural evaluation instant.</summary>
    public Instant Horizon { get; }

    public IEnumerable<SampleTicket> Generate(int count)
    {
        TicketId? previous = null;
        for (var i = 0; i < count; i++)
        {
            var generated = Live(new SampleRandom(SampleRandom.Mix(_seed, i)), previous);
            previous = generated.Ticket.Ticket.Id;
            yield return generated;
        }
    }

    private static BusinessCalendar Calendar(CalendarDocument calendars, string id) =>
        calendars.FindCalendar(id) ?? throw new InvalidOperationException($"The sample calendars lack '{id}'.");

    private (CustomerId Id, CustomerTier Tier, DateTimeZone Zone) Customer(int index)
    {
        var r = new SampleRandom(SampleRandom.Mix(~_seed, index));
        return (new CustomerId(r.NextGuid()), r.Pick<CustomerTier>(Tiers), r.Pick<DateTimeZone>(_regions));
    }

    /// <summary>An arrival in the customer's zone: weekdays busier than weekends, business hours busier than nights.</summary>
    private Instant Arrival(SampleRandom r, DateTimeZone zone)
    {
        for (var attempt = 0; ; attempt++)
        {
            var date = _start.PlusDays(r.Next(_days));
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (weekend && !r.Chance(0.3))
            {
                continue;
            }

            var hour = PickHour(r);
            var local = date.At(new LocalTime(hour, r.Next(60), r.Next(60)));
            var arrival = local.InZoneLeniently(zone).ToInstant();
            if ((arrival >= _from && arrival < Horizon) || attempt > 20)
            {
                return arrival < _from ? _from : arrival >= Horizon ? Horizon - Duration.FromMinutes(1) : arrival;
            }
        }
    }

    private static int PickHour(SampleRandom r)
    {
        Span<(int, double)> hours = stackalloc (int, double)[24];
        for (var h = 0; h < 24; h++)
        {
            hours[h] = (h, HourWeights[h]);
        }

        return r.Pick<int>(hours);
    }

    /// <summary>A team: its group, its calendar and its agents (fixed ids, the same for every seed).</summary>
    private sealed record Team(GroupId Group, BusinessCalendar Calendar, AgentId[] Agents)
    {
        public static Team Of(GroupId group, BusinessCalendar calendar, int size, int number)
        {
            var r = new SampleRandom(SampleRandom.Mix(number, 0x7EA3));
            var agents = new AgentId[size];
            for (var i = 0; i < size; i++)
            {
                agents[i] = new AgentId(r.NextGuid());
            }

            return new Team(group, calendar, agents);
        }

        public AgentId Pick(SampleRandom r) => Agents[r.Next(Agents.Length)];
    }
}
