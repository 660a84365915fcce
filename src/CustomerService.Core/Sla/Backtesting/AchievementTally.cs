using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>Counts the outcomes of the reports of one policy set as they stream by: memory grows with the promises, not the tickets.</summary>
internal sealed class AchievementTally
{
    private readonly Dictionary<AchievementKey, long[]> _counts = [];
    private long _tickets;
    private long _ticketsBreached;

    public void Add(SlaReport report)
    {
        _tickets++;
        var breached = false;
        foreach (var state in report.Targets)
        {
            var key = new AchievementKey(state.Kind, state.Metric.Id, state.Target.Priority);
            if (!_counts.TryGetValue(key, out var counts))
            {
                counts = new long[4];
                _counts.Add(key, counts);
            }

            counts[Outcome(state.Stage)]++;
            breached |= state.IsBreached;
        }

        if (breached)
        {
            _ticketsBreached++;
        }
    }

    public SlaBacktestResult ToResult(Instant at) =>
        new(at, _tickets, _ticketsBreached, [.. _counts.Keys.Order().Select(Achievement)]);

    /// <summary>The counts of <paramref name="key"/>, all zero if it never occurred.</summary>
    public SlaAchievement Achievement(AchievementKey key)
    {
        var c = _counts.TryGetValue(key, out var counts) ? counts : new long[4];
        return new SlaAchievement(key.Kind, key.MetricId, key.Priority, c[0], c[1], c[2], c[3]);
    }

    public IEnumerable<AchievementKey> Keys => _counts.Keys;

    private static int Outcome(SlaStage stage) => stage switch
    {
        SlaStage.Achieved => 0,
        SlaStage.Breached => 1,
        SlaStage.Running or SlaStage.Paused => 2,
        _ => 3,
    };
}

/// <summary>One promise: a policy kind, a metric and a priority.</summary>
internal readonly record struct AchievementKey(SlaPolicyKind Kind, string MetricId, Priority Priority) : IComparable<AchievementKey>
{
    public int CompareTo(AchievementKey other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byMetric = string.CompareOrdinal(MetricId, other.MetricId);
        return byMetric != 0 ? byMetric : Priority.CompareTo(other.Priority);
    }
}
