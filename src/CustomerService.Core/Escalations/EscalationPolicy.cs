using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// Ordered rules that turn SLA warnings and breaches into escalation levels, as Freshdesk's resolution escalation levels
/// 1-4 and ServiceNow's 50/75/100% notifications (SLA-SEMANTICS §5). <see cref="Plan"/> says which levels to raise now
/// for one ticket's <see cref="SlaReport"/>; the SLA monitor is a loop that evaluates, plans and raises.
/// </summary>
/// <remarks>
/// <para>
/// For each SLA target state (one metric, cycle and policy), each level uses the first rule of that level, in the
/// policy's order, that matches the state's metric, priority and policy kind; levels no rule matches are skipped. A
/// level fires once its warning or breach has happened and every lower level that applies has fired: level 2 never
/// comes before level 1. Each (ticket, metric, cycle, policy, level) fires at most once, however often the policy is
/// evaluated: the caller passes the <see cref="EscalationKey">keys</see> already fired.
/// </para>
/// <para>
/// Only targets whose clock still runs (or is paused) are escalated: once a target is achieved, cancelled or stopped
/// after its breach, a monitor that looks late raises nothing for it, as nothing is left to rescue.
/// </para>
/// <para>Immutable and thread-safe; <see cref="Plan"/> is a pure function.</para>
/// <code>
/// var policy = new EscalationPolicy("standard", [
///     EscalationRule.OnWarning(SlaWarningThreshold.PercentOfTarget(75), new(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead),
///     EscalationRule.OnBreach(new(2), EscalationKind.Hierarchical, EscalationTarget.Manager),
/// ]);
/// foreach (var step in policy.Plan(engine.Evaluate(ticket, now), escalations.FiredSteps)) { ... }
/// </code>
/// </remarks>
public sealed class EscalationPolicy
{
    private readonly EscalationRule[] _rules;

    // The levels in ascending order, each with its rules in the policy's order.
    private readonly (EscalationLevel Level, EscalationRule[] Rules)[] _ladder;

    /// <summary>Creates a policy.</summary>
    /// <param name="id">The policy's id: 1 to 64 lower-case ASCII letters, digits, <c>-</c> or <c>_</c>, starting with a letter.</param>
    /// <param name="rules">The rules, in order: for each level, the first that matches a target applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="rules"/> is <see langword="null"/>, or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> does not follow the rule, or there are no rules.</exception>
    public EscalationPolicy(string id, IEnumerable<EscalationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(id);
        Id = Slug.IsValid(id) ? id : throw new ArgumentException($"An escalation policy id is {Slug.Rule}.", nameof(id));
        Guard.Against.Null(rules);
        _rules = [.. rules];
        Guard.Against.NullOrEmpty(_rules, nameof(rules));
        if (Array.IndexOf(_rules, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "An escalation policy's rules must not be null.");
        }

        _ladder = [.. _rules.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g => (g.Key, g.ToArray()))];
    }

    /// <summary>Gets the policy's id.</summary>
    public string Id { get; }

    /// <summary>Gets the rules, in order.</summary>
    public IReadOnlyList<EscalationRule> Rules => _rules;

    /// <summary>
    /// Returns the escalation steps to raise now for the ticket of <paramref name="report"/>: every level whose warning or
    /// breach has happened, that has not fired yet, and whose lower levels have fired (before or in this plan).
    /// </summary>
    /// <param name="report">The ticket's SLA report at the instant of evaluation.</param>
    /// <param name="alreadyFired">The steps already fired for the ticket (<see cref="TicketEscalations.FiredSteps"/>).</param>
    /// <returns>The steps, by instant and then level; empty when there is nothing to do.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IReadOnlyList<PlannedEscalation> Plan(SlaReport report, IReadOnlySet<EscalationKey> alreadyFired)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(alreadyFired);
        List<PlannedEscalation>? planned = null;
        foreach (var state in report.Targets)
        {
            if (state.EndedAt is null)
            {
                PlanTarget(report, state, alreadyFired, ref planned);
            }
        }

        if (planned is null)
        {
            return [];
        }

        // Stable: within one target the instants never go down with the level.
        return [.. planned.OrderBy(p => p.At).ThenBy(p => p.Level)];
    }

    /// <summary>Returns the policy's id and rule count.</summary>
    /// <returns>For example <c>standard (4 rules)</c>.</returns>
    public override string ToString() => $"{Id} ({_rules.Length} rules)";

    private void PlanTarget(SlaReport report, SlaTargetState state, IReadOnlySet<EscalationKey> alreadyFired, ref List<PlannedEscalation>? planned)
    {
        var floor = Instant.MinValue;
        foreach (var (level, rules) in _ladder)
        {
            var rule = Array.Find(rules, r => r.Matches(state));
            if (rule is null)
            {
                continue;
            }

            var fact = rule.FactIn(state);
            var key = new EscalationKey(report.TicketId, state.Metric.Id, state.Cycle, state.PolicyId, level);
            if (alreadyFired.Contains(key))
            {
                floor = fact is null || fact.At < floor ? floor : fact.At;
                continue;
            }

            if (fact is null)
            {
                return;
            }

            floor = fact.At < floor ? floor : fact.At;
            (planned ??= []).Add(new PlannedEscalation(key, rule, fact, floor));
        }
    }
}
