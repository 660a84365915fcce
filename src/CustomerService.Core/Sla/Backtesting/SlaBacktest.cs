using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>
/// Runs policy sets over stored ticket histories: what a policy set achieves (<see cref="Run"/>), and what would change
/// under another one, such as the next version of a contract, before it is signed (<see cref="Compare"/>).
/// </summary>
/// <remarks>
/// <para>
/// Both read the tickets once, in order, and keep only counts per promise (and, for a comparison, the first
/// <see cref="SlaBacktestOptions.MaxChanges"/> changed outcomes), so a backtest over millions of histories streamed from a
/// store runs in bounded memory. Every ticket is evaluated at the same instant; events after it are ignored.
/// The result is deterministic: the same tickets in the same order give the same result.
/// </para>
/// <code>
/// var tickets = store.Histories().Select(h => (h.Events, (SlaCustomerContext?)h.Customer));
/// SlaBacktestComparison what = SlaBacktest.Compare(current, proposed, tickets, now);
/// foreach (SlaAchievementDelta d in what.Deltas) Console.WriteLine(d);
/// </code>
/// </remarks>
public static class SlaBacktest
{

    /// <summary>Evaluates every ticket with <paramref name="engine"/> at <paramref name="at"/> and counts the outcomes per policy kind, metric and priority.</summary>
    /// <param name="engine">The engine of the policy set to try.</param>
    /// <param name="tickets">The ticket histories, each with its customer (<see langword="null"/>: <see cref="SlaCustomerContext.Standard"/>); read once.</param>
    /// <param name="at">The instant every ticket is evaluated at.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">A history cannot be evaluated (empty, not starting with <see cref="TicketOpened"/>, out of order, or its customer's calendar unknown to the engine); the message gives its position.</exception>
    public static SlaBacktestResult Run(SlaEngine engine, IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> tickets, Instant at)
    {
        Guard.Against.Null(engine);
        Guard.Against.Null(tickets);
        var tally = new AchievementTally();
        var position = 0L;
        foreach (var (history, customer) in tickets)
        {
            tally.Add(Evaluate(engine, history, customer, at, position++, nameof(tickets)));
        }

        return tally.ToResult(at);
    }

    /// <summary>
    /// Evaluates every ticket with both engines at <paramref name="at"/>: what each achieves, the change per promise, and
    /// the target states whose outcome changes (newly breached, no longer breached, target added or removed).
    /// </summary>
    /// <param name="baseline">The engine of the policy set in force.</param>
    /// <param name="candidate">The engine of the policy set to try.</param>
    /// <param name="tickets">The ticket histories, each with its customer (<see langword="null"/>: <see cref="SlaCustomerContext.Standard"/>); read once.</param>
    /// <param name="at">The instant every ticket is evaluated at.</param>
    /// <param name="options">How many changed outcomes to keep; <see cref="SlaBacktestOptions.Default"/> if <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A history cannot be evaluated by one of the engines; the message gives its position.</exception>
    public static SlaBacktestComparison Compare(
        SlaEngine baseline,
        SlaEngine candidate,
        IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> tickets,
        Instant at,
        SlaBacktestOptions? options = null)
    {
        Guard.Against.Null(baseline);
        Guard.Against.Null(candidate);
        Guard.Against.Null(tickets);
        options ??= SlaBacktestOptions.Default;

        var before = new AchievementTally();
        var after = new AchievementTally();
        var changes = new OutcomeChanges(options.MaxChanges);
        var position = 0L;
        foreach (var (history, customer) in tickets)
        {
            var old = Evaluate(baseline, history, customer, at, position, nameof(tickets));
            var @new = Evaluate(candidate, history, customer, at, position, nameof(tickets));
            position++;
            before.Add(old);
            after.Add(@new);
            changes.Add(old, @new);
        }

        SlaAchievementDelta[] deltas = [.. before.Keys.Union(after.Keys).Order().Select(k => new SlaAchievementDelta(before.Achievement(k), after.Achievement(k)))];
        return new SlaBacktestComparison(before.ToResult(at), after.ToResult(at), deltas, changes.Kept, changes.Count);
    }

    private static SlaReport Evaluate(SlaEngine engine, IReadOnlyList<ITicketEvent> history, SlaCustomerContext? customer, Instant at, long position, string paramName)
    {
        if (history is null)
        {
            throw new ArgumentException($"The ticket at position {position} has no history.", paramName);
        }

        try
        {
            return engine.Evaluate(history, at, customer ?? SlaCustomerContext.Standard);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The ticket at position {position} cannot be evaluated: {e.Message}", paramName, e);
        }
    }
}
