using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tickets;
using NodaTime;
using NodaTime.Testing;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

/// <summary>
/// The stores, providers and channel an SLA monitor runs over, all in memory, on a fake clock. The SLA: first reply
/// within 4 business hours of Mon-Fri 09:00-17:00 UTC, warnings at 50% and 75%. The escalation policy: L1 to the
/// assignee at 50%, L2 to the team lead at 75%, L3 to the manager on breach, each with a notification.
/// </summary>
internal sealed class MonitorWorld
{
    public static readonly SlaWarningThreshold Half = SlaWarningThreshold.PercentOfTarget(50);

    public static readonly SlaWarningThreshold ThreeQuarters = SlaWarningThreshold.PercentOfTarget(75);

    public static readonly EscalationPolicy Standard = new("standard",
    [
        EscalationRule.OnWarning(Half, new(1), EscalationKind.Hierarchical, EscalationTarget.Assignee).WithNotification(new("sla-half")),
        EscalationRule.OnWarning(ThreeQuarters, new(2), EscalationKind.Hierarchical, EscalationTarget.TeamLead).WithNotification(new("sla-risk")),
        EscalationRule.OnBreach(new(3), EscalationKind.Hierarchical, EscalationTarget.Manager).WithNotification(new("sla-breach")),
    ]);

    public MonitorWorld(Instant start, Duration? firstReply = null)
    {
        Clock = new FakeClock(start);
        Policies = new InMemorySlaPolicyProvider(FirstReplyWithin(firstReply ?? Duration.FromHours(4)));
    }

    public FakeClock Clock { get; }

    public InMemoryTicketRepository Tickets { get; } = new();

    public InMemoryEscalationRepository Escalations { get; } = new();

    public InMemorySlaPolicyProvider Policies { get; }

    public InMemoryBusinessCalendarProvider Calendars { get; } = new(AllCalendars);

    public InMemoryDomainEventPublisher Events { get; } = new();

    public RecordingNotificationChannel Channel { get; } = new();

    /// <summary>The default options but for the hourly re-check, so that a ticket is looked at only when something is due.</summary>
    public SlaMonitorOptions Options { get; } = new([Standard]) { MaxCheckInterval = null };

    /// <summary>A policy set whose one policy gives first reply <paramref name="target"/> business time, warning at 50% and 75%.</summary>
    public static SlaPolicySet FirstReplyWithin(Duration target, string policyId = "standard", int version = 1)
    {
        var policy = SlaPolicy.Create(policyId, version);
        foreach (var priority in new[] { Priority.Low, Priority.Normal, Priority.High, Priority.Urgent })
        {
            policy.WithTarget(new SlaTarget(SlaMetric.FirstReply, priority, target, SlaHoursMode.Business, warnings: [Half, ThreeQuarters]));
        }

        return SlaPolicySet.Create().Add(policy.Build()).WithDefaultCalendar("nine-to-five").Build();
    }

    public SlaMonitor Monitor(SlaMonitorOptions? options = null, ITicketRepository? tickets = null, IEscalationRepository? escalations = null, ICustomerRepository? customers = null) =>
        new(Clock, tickets ?? Tickets, escalations ?? Escalations, Policies, Calendars, Events, Channel, options ?? Options, customers);

    public async Task<Ticket> OpenAsync(Instant at)
    {
        var ticket = Open(at);
        await Tickets.AddAsync(ticket, TestContext.Current.CancellationToken);
        return ticket;
    }

    /// <summary>Loads a ticket, changes it and saves it, as an agent's request would.</summary>
    public async Task ChangeAsync(TicketId ticketId, System.Action<Ticket> change)
    {
        var ticket = (await Tickets.LoadAsync(ticketId, TestContext.Current.CancellationToken))!;
        var loaded = ticket.Version;
        change(ticket);
        await Tickets.SaveAsync(ticket, loaded, TestContext.Current.CancellationToken);
    }

    public async Task<IReadOnlyList<Escalation>> EscalationsOfAsync(TicketId ticketId) =>
        await Escalations.ListForTicketAsync(ticketId, TestContext.Current.CancellationToken);

    public async Task<bool> IsDueAsync(TicketId ticketId) =>
        (await Tickets.ListDueForSlaCheckAsync(Clock.GetCurrentInstant(), 1000, TestContext.Current.CancellationToken)).Any(t => t.Id == ticketId);
}
