using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Sla.Evaluation;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// Turns a ticket's history into the state of every SLA target that applies to it, at a given instant
/// (SLA-SEMANTICS §2-§5). A pure function: same history, policies, calendars and instant, same report.
/// </summary>
/// <remarks>
/// <para>
/// The engine replays the history in order (events after the evaluation instant are ignored, so evaluating at an
/// earlier instant is a what-if), runs one clock per metric and policy kind, binds each cycle to the target of the
/// policy that matches, and measures the segments in which the clock ran on the target's calendar.
/// </para>
/// <para>Thread-safe: one engine can evaluate many tickets on many threads at once.</para>
/// <code>
/// var engine = new SlaEngine(policies, calendars);
/// SlaReport report = engine.Evaluate(ticket, now);
/// foreach (SlaTargetState t in report.Targets) Console.WriteLine(t);
/// </code>
/// </remarks>
public sealed class SlaEngine
{
    private readonly CompiledPolicySet _plan;

    /// <summary>Creates an engine for <paramref name="policies"/> with the calendars they name.</summary>
    /// <param name="policies">The policy set.</param>
    /// <param name="calendars">The calendars; every calendar id the policy set names must be among them.</param>
    /// <exception cref="InvalidSlaPolicyException">The policy set names calendars that are not given; every one is listed.</exception>
    /// <exception cref="ArgumentException">Two different calendars have the same id.</exception>
    public SlaEngine(SlaPolicySet policies, IEnumerable<BusinessCalendar> calendars)
        : this(policies, calendars, exhaustive: false)
    {
    }

    /// <summary>Creates an engine that replays without shortcuts when <paramref name="exhaustive"/> (for tests that check them).</summary>
    internal SlaEngine(SlaPolicySet policies, IEnumerable<BusinessCalendar> calendars, bool exhaustive)
    {
        Guard.Against.Null(policies);
        Guard.Against.Null(calendars);
        var catalog = new CalendarCatalog(calendars);
        var problems = policies.Validate(catalog.Ids).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidSlaPolicyException(problems);
        }

        Policies = policies;
        _plan = new CompiledPolicySet(policies, catalog, exhaustive);
    }

    /// <summary>Gets the policy set.</summary>
    public SlaPolicySet Policies { get; }

    /// <summary>Evaluates <paramref name="ticket"/> at <paramref name="now"/>, for a customer of the standard tier.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The report.</returns>
    public SlaReport Evaluate(Ticket ticket, Instant now) => Evaluate(ticket, now, SlaCustomerContext.Standard);

    /// <summary>Evaluates <paramref name="ticket"/> at <paramref name="now"/>.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="customer">The customer's tier and calendar.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The customer's calendar is not one of the engine's.</exception>
    public SlaReport Evaluate(Ticket ticket, Instant now, SlaCustomerContext customer)
    {
        Guard.Against.Null(ticket);
        return Evaluate(ticket.History, now, customer);
    }

    /// <summary>Evaluates a ticket's history at <paramref name="now"/>, for a customer of the standard tier.</summary>
    /// <param name="history">The history, in order, starting with <see cref="TicketOpened"/> (as <see cref="Ticket.History"/> gives it).</param>
    /// <param name="now">The evaluation instant; later events are ignored.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The history is empty, does not start with <see cref="TicketOpened"/>, or is out of order.</exception>
    public SlaReport Evaluate(IReadOnlyList<ITicketEvent> history, Instant now) => Evaluate(history, now, SlaCustomerContext.Standard);

    /// <summary>Evaluates a ticket's history at <paramref name="now"/>.</summary>
    /// <param name="history">The history, in order, starting with <see cref="TicketOpened"/> (as <see cref="Ticket.History"/> gives it).</param>
    /// <param name="now">The evaluation instant; later events are ignored.</param>
    /// <param name="customer">The customer's tier and calendar.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The history is empty, does not start with <see cref="TicketOpened"/>, is out of order, or the customer's calendar is not one of the engine's.</exception>
    public SlaReport Evaluate(IReadOnlyList<ITicketEvent> history, Instant now, SlaCustomerContext customer)
    {
        Guard.Against.Null(history);
        if (history.Count == 0 || history[0] is not TicketOpened opened)
        {
            throw new ArgumentException("A ticket's history starts with TicketOpened.", nameof(history));
        }

        Guard.Against.Null(customer);
        var customerCalendar = _plan.Calendars.Find(customer.CalendarId);
        if (customer.CalendarId is not null && customerCalendar is null)
        {
            throw new ArgumentException("The customer's calendar is not one of the engine's calendars.", nameof(customer));
        }

        var timeline = SlaTimeline.Rent();
        try
        {
            timeline.Run(_plan, history, now, customer.Tier, customerCalendar);
            var report = new SlaReport(opened.TicketId, now, _plan, history, customer.Tier, customerCalendar);
            if (_plan.TicksWillDo && timeline.WholeTicks)
            {
                Measure<TickTime>(report, timeline);
            }
            else
            {
                Measure<ExactTime>(report, timeline);
            }

            report.Complete([.. timeline.States]);
            return report;
        }
        finally
        {
            SlaTimeline.Release(timeline);
        }
    }

    private void Measure<T>(SlaReport report, SlaTimeline timeline)
        where T : struct, IMeasuringTime<T>
    {
        for (var clock = 0; clock < _plan.ClockCount; clock++)
        {
            for (var i = 0; i < timeline.CycleCount; i++)
            {
                if (timeline.Cycles[i].Clock == clock)
                {
                    CycleMeasurer<T>.Measure(report, timeline, i, Policies.Retargeting, timeline.States);
                }
            }
        }
    }
}
