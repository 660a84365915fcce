using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>What a policy set achieved over a set of ticket histories, evaluated at one instant (see <see cref="SlaBacktest.Run"/>).</summary>
public sealed class SlaBacktestResult
{
    private readonly SlaAchievement[] _achievements;

    internal SlaBacktestResult(Instant evaluatedAt, long ticketCount, long ticketsBreached, SlaAchievement[] achievements)
    {
        EvaluatedAt = evaluatedAt;
        TicketCount = ticketCount;
        TicketsBreached = ticketsBreached;
        _achievements = achievements;
    }

    /// <summary>Gets the instant every ticket was evaluated at.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>Gets the number of tickets evaluated.</summary>
    public long TicketCount { get; }

    /// <summary>Gets the number of tickets with at least one breached target.</summary>
    public long TicketsBreached { get; }

    /// <summary>Gets the counts per policy kind, metric and priority, ordered by kind, then metric id (ordinal), then priority.</summary>
    public IReadOnlyList<SlaAchievement> Achievements => _achievements;

    /// <summary>Returns the counts of one promise.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority of the targets.</param>
    /// <param name="kind">The policy kind.</param>
    /// <returns>The counts; <see langword="null"/> if no such target applied to any ticket.</returns>
    public SlaAchievement? Find(SlaMetric metric, Priority priority, SlaPolicyKind kind = SlaPolicyKind.Sla)
    {
        Guard.Against.Null(metric);
        foreach (var achievement in _achievements)
        {
            if (achievement.Kind == kind && achievement.Priority == priority && achievement.MetricId == metric.Id)
            {
                return achievement;
            }
        }

        return null;
    }

    /// <summary>Returns a summary, such as <c>1000 tickets, 37 with a breach, 12 metric-priority rows, at 2025-04-01T00:00:00Z</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TicketCount} tickets, {TicketsBreached} with a breach, {_achievements.Length} metric-priority rows, at {NodaTime.Text.InstantPattern.General.Format(EvaluatedAt)}");
}
