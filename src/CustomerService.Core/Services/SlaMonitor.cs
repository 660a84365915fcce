using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Services;

/// <summary>
/// Watches open tickets' SLAs and raises the escalations the escalation policies ask for: each run evaluates the
/// tickets that are due, raises each policy step once (however often it runs, on however many workers), saves,
/// publishes the events and sends the notifications, keeping a notification the channel refused pending until a later
/// run sends it.
/// </summary>
/// <remarks>
/// <para>A run (<see cref="RunOnceAsync"/>), at the clock's instant:</para>
/// <list type="number">
/// <item>retries the notifications still pending on escalations (<see cref="IEscalationRepository.ListWithPendingNotificationsAsync"/>);</item>
/// <item>
/// for each ticket due for an SLA check (<see cref="ITicketRepository.ListDueForSlaCheckAsync"/>): evaluates it with
/// the policy set and calendars the providers give now; plans every escalation policy against the steps already
/// fired; absorbs a step into the open escalation to the same target for the same reason, or raises it; saves (a new
/// escalation with <see cref="IEscalationRepository.AddAsync"/>, a changed one with its loaded version), publishes
/// its events, sends its new notifications and records them sent; and records when the ticket must be looked at again
/// (<see cref="ITicketRepository.SetNextSlaCheckAsync"/>), for the version it evaluated.
/// </item>
/// </list>
/// <para>
/// A save refused with <see cref="ConcurrencyConflictException"/> (another monitor raised the step first, or someone
/// acknowledged the escalation meanwhile) reloads the ticket's escalations and plans again: a step another worker
/// fired is not fired again. A notification the channel refuses stays pending on the saved escalation and the run goes
/// on. Any other exception (a repository that is down) ends the run; what was saved stays saved and the next run
/// carries on from there.
/// </para>
/// <para>
/// Runs keep their counts to themselves, so an instance may be shared; several monitors (one per worker, or one per
/// scope) may run at once over the same stores. The monitor reads no system clock and keeps nothing between runs but
/// the compiled engine.
/// </para>
/// <code>
/// var monitor = new SlaMonitor(clock, tickets, escalations, policies, calendars, publisher, channel, new SlaMonitorOptions([escalationPolicy]));
/// SlaMonitorRunResult result = await monitor.RunOnceAsync(stoppingToken);
/// logger.LogInformation("{Result}", result);
/// </code>
/// </remarks>
public sealed class SlaMonitor
{
    private readonly IClock _clock;
    private readonly ITicketRepository _tickets;
    private readonly IEscalationRepository _escalations;
    private readonly ISlaPolicyProvider _policies;
    private readonly IBusinessCalendarProvider _calendars;
    private readonly IDomainEventPublisher _events;
    private readonly INotificationChannel _channel;
    private readonly ICustomerRepository? _customers;
    private readonly SlaEngineCache _engines;

    /// <summary>Creates a monitor.</summary>
    /// <param name="clock">The clock each run reads once, at its start.</param>
    /// <param name="tickets">Where the tickets are, with their next SLA check.</param>
    /// <param name="escalations">Where the escalations are, with the uniqueness of open keys and step keys.</param>
    /// <param name="policies">The SLA policy set in force; asked on every run.</param>
    /// <param name="calendars">The business calendars in force; asked on every run.</param>
    /// <param name="events">Where the escalations' events go once saved.</param>
    /// <param name="channel">Where notifications go.</param>
    /// <param name="options">The escalation policies and how the monitor works.</param>
    /// <param name="customers">
    /// Where customers are, to evaluate each ticket with its customer's tier; <see langword="null"/> evaluates every
    /// ticket for a customer of the standard tier.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="customers"/> is <see langword="null"/>.</exception>
    public SlaMonitor(
        IClock clock,
        ITicketRepository tickets,
        IEscalationRepository escalations,
        ISlaPolicyProvider policies,
        IBusinessCalendarProvider calendars,
        IDomainEventPublisher events,
        INotificationChannel channel,
        SlaMonitorOptions options,
        ICustomerRepository? customers = null)
        : this(clock, tickets, escalations, policies, calendars, events, channel, options, customers, new SlaEngineCache())
    {
    }

    /// <summary>Creates a monitor that shares <paramref name="engines"/> with the host's other monitors.</summary>
    internal SlaMonitor(
        IClock clock,
        ITicketRepository tickets,
        IEscalationRepository escalations,
        ISlaPolicyProvider policies,
        IBusinessCalendarProvider calendars,
        IDomainEventPublisher events,
        INotificationChannel channel,
        SlaMonitorOptions options,
        ICustomerRepository? customers,
        SlaEngineCache engines)
    {
        _clock = Guard.Against.Null(clock);
        _tickets = Guard.Against.Null(tickets);
        _escalations = Guard.Against.Null(escalations);
        _policies = Guard.Against.Null(policies);
        _calendars = Guard.Against.Null(calendars);
        _events = Guard.Against.Null(events);
        _channel = Guard.Against.Null(channel);
        Options = Guard.Against.Null(options);
        _customers = customers;
        _engines = Guard.Against.Null(engines);
    }

    /// <summary>Gets the escalation policies and settings the monitor works with.</summary>
    public SlaMonitorOptions Options { get; }

    /// <summary>
    /// Does one pass at the clock's current instant: retries pending notifications, then checks every ticket due (up
    /// to <see cref="SlaMonitorOptions.BatchSize"/>). A host calls it on a timer, every minute for example.
    /// </summary>
    /// <param name="cancellationToken">Cancels the run between two writes; what was saved stays saved.</param>
    /// <returns>What the run did, for the host to log.</returns>
    /// <exception cref="InvalidSlaPolicyException">The policy set names calendars the calendar provider does not give.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SlaMonitorRunResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var run = new Run(_clock.GetCurrentInstant());
        var pending = await _escalations.ListWithPendingNotificationsAsync(Options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var escalation in pending)
        {
            await NotifyAsync(escalation, null, run, cancellationToken).ConfigureAwait(false);
        }

        var due = await _tickets.ListDueForSlaCheckAsync(run.At, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        if (due.Count > 0)
        {
            var engine = await EngineAsync(cancellationToken).ConfigureAwait(false);
            var customers = new Dictionary<CustomerId, SlaCustomerContext>();
            foreach (var ticket in due)
            {
                await CheckAsync(engine, ticket, customers, run, cancellationToken).ConfigureAwait(false);
            }
        }

        return run.Result(isBatchFull: due.Count >= Options.BatchSize);
    }

    private async Task<SlaEngine> EngineAsync(CancellationToken cancellationToken)
    {
        var policies = await _policies.GetPolicySetAsync(cancellationToken).ConfigureAwait(false);
        var calendars = await _calendars.GetCalendarsAsync(cancellationToken).ConfigureAwait(false);
        return _engines.Get(
            Guard.Against.Null(policies, message: "The SLA policy provider gave no policy set."),
            Guard.Against.Null(calendars, message: "The calendar provider gave no calendars."));
    }

    private async Task CheckAsync(SlaEngine engine, Ticket ticket, Dictionary<CustomerId, SlaCustomerContext> customers, Run run, CancellationToken cancellationToken)
    {
        if (ticket.Status == TicketStatus.Closed)
        {
            // A store that lists closed tickets: nothing can escalate, and nothing is recorded.
            return;
        }

        var customer = await CustomerAsync(ticket.CustomerId, customers, cancellationToken).ConfigureAwait(false);
        var report = engine.Evaluate(ticket, run.At, customer);
        run.TicketsEvaluated++;
        if (await EscalateAsync(ticket, report, run, cancellationToken).ConfigureAwait(false))
        {
            var next = NextSlaCheck.After(report, run.At, Options.MaxCheckInterval);
            await _tickets.SetNextSlaCheckAsync(ticket.Id, ticket.Version, next, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<SlaCustomerContext> CustomerAsync(CustomerId customerId, Dictionary<CustomerId, SlaCustomerContext> known, CancellationToken cancellationToken)
    {
        if (_customers is null)
        {
            return SlaCustomerContext.Standard;
        }

        if (!known.TryGetValue(customerId, out var context))
        {
            var customer = await _customers.LoadAsync(customerId, cancellationToken).ConfigureAwait(false);
            context = customer is null ? SlaCustomerContext.Standard : new SlaCustomerContext(customer.Tier);
            known.Add(customerId, context);
        }

        return context;
    }

    /// <summary>Raises or absorbs what the policies plan and saves it; false when conflicts kept the work from being saved.</summary>
    private async Task<bool> EscalateAsync(Ticket ticket, SlaReport report, Run run, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await _escalations.ListForTicketAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
            var changes = Plan(ticket, report, stored, run.At);
            try
            {
                foreach (var change in changes)
                {
                    await SaveAsync(change, run, cancellationToken).ConfigureAwait(false);
                }

                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < Options.MaxConflictRetries)
            {
                // Another worker wrote first: what it saved is fired or open now, and the next plan sees it.
                run.ConflictsRetried++;
            }
            catch (ConcurrencyConflictException)
            {
                run.DeferredAfterConflicts++;
                return false;
            }
        }
    }

    private List<Change> Plan(Ticket ticket, SlaReport report, IReadOnlyList<Escalation> stored, Instant now)
    {
        var escalations = TicketEscalations.Of(ticket.Id, stored);
        var changes = new List<Change>();
        foreach (var policy in Options.EscalationPolicies)
        {
            foreach (var step in policy.Plan(report, escalations.FiredSteps))
            {
                if (escalations.OpenDuplicateOf(step.To, step.Reason) is { } open)
                {
                    var change = changes.Find(c => c.Escalation == open) ?? Track(changes, new Change(open, open.Version));
                    open.Absorb(step, NotBefore(open, now));
                    change.Handled(step.Key, absorbed: true);

                    // The snapshot's fired steps are taken when it is made: make it again to see the absorbed one.
                    escalations = TicketEscalations.Of(ticket.Id, escalations.All);
                }
                else
                {
                    var raised = escalations.RaiseFor(EscalationId.New(), step, From(ticket));
                    Track(changes, new Change(raised, null)).Handled(step.Key, absorbed: false);
                    escalations = escalations.With(raised);
                }
            }
        }

        return changes;
    }

    /// <summary>The run's instant, or the escalation's last event if later: two workers' clocks may differ a little, and an escalation's history never goes back.</summary>
    private static Instant NotBefore(Escalation escalation, Instant now) => Instant.Max(now, escalation.LastChangedAt);

    private static Change Track(List<Change> changes, Change change)
    {
        changes.Add(change);
        return change;
    }

    private EscalationTarget From(Ticket ticket)
    {
        var group = ticket.GroupId is { } groupId ? EscalationTarget.Group(groupId) : null;
        var assignee = ticket.AssigneeId is { } agentId ? EscalationTarget.Agent(agentId) : null;
        var from = Options.EscalateFrom == EscalationOrigin.Assignee ? assignee ?? group : group ?? assignee;
        return from ?? Options.FromWhenUnassigned;
    }

    private async Task SaveAsync(Change change, Run run, CancellationToken cancellationToken)
    {
        var escalation = change.Escalation;
        if (change.LoadedVersion is { } expected)
        {
            await _escalations.SaveAsync(escalation, expected, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _escalations.AddAsync(escalation, cancellationToken).ConfigureAwait(false);
            run.EscalationsRaised++;
        }

        run.StepsAbsorbed += change.Absorbed;
        await _events.PublishAsync(escalation.DequeueDomainEvents(), cancellationToken).ConfigureAwait(false);
        await NotifyAsync(escalation, change.Steps, run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the pending notifications of a saved escalation (only those of <paramref name="steps"/>, when given) and records the ones sent.</summary>
    private async Task NotifyAsync(Escalation escalation, List<EscalationKey>? steps, Run run, CancellationToken cancellationToken)
    {
        List<EscalationKey>? sent = null;
        foreach (var pending in escalation.PendingNotifications)
        {
            if (steps is not null && !steps.Contains(pending.StepKey))
            {
                continue;
            }

            var notification = EscalationNotifications.Compose(escalation, pending, Options.DefaultRecipient);
            try
            {
                await _channel.SendAsync(notification, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Whatever the host's gateway throws, the notification stays pending and saved: the next run retries it.
                run.Failures.Add(new SlaMonitorNotificationFailure(escalation.Id, pending.StepKey, error));
                continue;
            }

            run.NotificationsSent++;
            (sent ??= []).Add(pending.StepKey);
        }

        if (sent is not null)
        {
            await RecordSentAsync(escalation, sent, run, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records notifications as sent and saves, reloading on a conflict. If the save keeps failing they stay pending
    /// and are sent again later under the same idempotency key, which the channel drops.
    /// </summary>
    private async Task RecordSentAsync(Escalation escalation, List<EscalationKey> sent, Run run, CancellationToken cancellationToken)
    {
        Escalation? current = escalation;
        for (var attempt = 0; current is not null; attempt++)
        {
            var loadedVersion = current.Version;
            foreach (var step in sent)
            {
                var at = NotBefore(current, run.At);
                if (current.CanRecordNotificationSent(step, at))
                {
                    current.RecordNotificationSent(step, at);
                }
            }

            if (current.Version == loadedVersion)
            {
                return;
            }

            try
            {
                await _escalations.SaveAsync(current, loadedVersion, cancellationToken).ConfigureAwait(false);
                await _events.PublishAsync(current.DequeueDomainEvents(), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < Options.MaxConflictRetries)
            {
                run.ConflictsRetried++;
            }
            catch (ConcurrencyConflictException)
            {
                run.DeferredAfterConflicts++;
                return;
            }

            current = await _escalations.LoadAsync(escalation.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An escalation the plan raised or changed: how it is saved, and the steps it handled.</summary>
    private sealed class Change(Escalation escalation, long? loadedVersion)
    {
        public Escalation Escalation { get; } = escalation;

        /// <summary>Gets the version it was loaded at, or <see langword="null"/> for one raised by this plan.</summary>
        public long? LoadedVersion { get; } = loadedVersion;

        public List<EscalationKey> Steps { get; } = [];

        public int Absorbed { get; private set; }

        public void Handled(EscalationKey step, bool absorbed)
        {
            Steps.Add(step);
            Absorbed += absorbed ? 1 : 0;
        }
    }

    /// <summary>The counts of one run.</summary>
    private sealed class Run(Instant at)
    {
        public Instant At { get; } = at;

        public int TicketsEvaluated { get; set; }

        public int EscalationsRaised { get; set; }

        public int StepsAbsorbed { get; set; }

        public int NotificationsSent { get; set; }

        public List<SlaMonitorNotificationFailure> Failures { get; } = [];

        public int ConflictsRetried { get; set; }

        public int DeferredAfterConflicts { get; set; }

        public SlaMonitorRunResult Result(bool isBatchFull) => new(
            At, TicketsEvaluated, isBatchFull, EscalationsRaised, StepsAbsorbed, NotificationsSent, [.. Failures], ConflictsRetried, DeferredAfterConflicts);
    }
}
