using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla.Evaluation;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// What the <see cref="SlaEngine"/> found for one ticket at one instant: a state for each applied target and cycle.
/// Immutable; the same history, policies, calendars and instant always give a report whose states agree field by field (reports and states compare by reference, not by value).
/// </summary>
public sealed class SlaReport
{
    private SlaTargetState[] _targets = [];
    private IReadOnlyList<SlaFact>? _facts;

    internal SlaReport(TicketId ticketId, Instant evaluatedAt, CompiledPolicySet plan, IReadOnlyList<ITicketEvent> history, CustomerTier tier, BusinessCalendar? customerCalendar)
    {
        TicketId = ticketId;
        EvaluatedAt = evaluatedAt;
        Plan = plan;
        History = history;
        Tier = tier;
        CustomerCalendar = customerCalendar;
    }

    /// <summary>Gets the ticket.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets the evaluation instant; events after it were not considered.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>Gets the state of every applied target and cycle, by policy kind, then metric in policy order, then cycle.</summary>
    public IReadOnlyList<SlaTargetState> Targets => _targets;

    // What the evaluation was given, kept so that a state can be explained later by replaying it.
    internal CompiledPolicySet Plan { get; }

    internal IReadOnlyList<ITicketEvent> History { get; }

    internal CustomerTier Tier { get; }

    internal BusinessCalendar? CustomerCalendar { get; }

    /// <summary>Gets <see cref="Targets"/> as a span, for hot loops (KPIs).</summary>
    internal ReadOnlySpan<SlaTargetState> TargetSpan => _targets;

    /// <summary>Gets a value indicating whether any target is breached.</summary>
    public bool IsAnyBreached => _targets.Any(t => t.IsBreached);

    /// <summary>Gets every warning reached and every breach, in the order they happened.</summary>
    public IReadOnlyList<SlaFact> Facts => _facts ??= [.. _targets
        .SelectMany(t => t.Warnings.Cast<SlaFact>().Concat(t.Breach is { } breach ? [breach] : []))
        .OrderBy(f => f.At)];

    /// <summary>Sets the states, once, when the engine has measured them (they refer to the report, for their explanations).</summary>
    internal void Complete(SlaTargetState[] targets) => _targets = targets;

    /// <summary>Returns the states of one metric, in cycle order.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The states; empty if no target for it applied.</returns>
    public IEnumerable<SlaTargetState> For(SlaMetric metric) => _targets.Where(t => t.Metric.Equals(metric));

    /// <summary>Returns a summary, such as <c>4 targets, 1 breached, at 2025-03-10T14:00:00Z</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{_targets.Length} targets, {_targets.Count(t => t.IsBreached)} breached, at {NodaTime.Text.InstantPattern.General.Format(EvaluatedAt)}";
}
