using System.Collections.Generic;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>Pairs the states of two reports of one ticket and collects the changed outcomes, keeping the first few.</summary>
internal sealed class OutcomeChanges
{
    private readonly int _max;
    private readonly List<SlaOutcomeChange> _kept = [];
    private bool[] _paired = new bool[16];

    public OutcomeChanges(int max) => _max = max;

    public long Count { get; private set; }

    public SlaOutcomeChange[] Kept => [.. _kept];

    public void Add(SlaReport baseline, SlaReport candidate)
    {
        var before = baseline.Targets;
        var after = candidate.Targets;
        if (_paired.Length < after.Count)
        {
            _paired = new bool[after.Count * 2];
        }

        System.Array.Clear(_paired, 0, after.Count);
        foreach (var old in before)
        {
            var match = Pair(old, after);
            if (match < 0)
            {
                Record(baseline, old, old.Stage, null, SlaOutcomeChangeKind.TargetRemoved);
                continue;
            }

            _paired[match] = true;
            var @new = after[match];
            if (old.IsBreached != @new.IsBreached)
            {
                Record(baseline, old, old.Stage, @new.Stage, @new.IsBreached ? SlaOutcomeChangeKind.NewlyBreached : SlaOutcomeChangeKind.NoLongerBreached);
            }
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (!_paired[i])
            {
                Record(candidate, after[i], null, after[i].Stage, SlaOutcomeChangeKind.TargetAdded);
            }
        }
    }

    /// <summary>The first unpaired candidate state of the same kind, metric and cycle (restarts within a cycle pair in order).</summary>
    private int Pair(SlaTargetState old, IReadOnlyList<SlaTargetState> after)
    {
        for (var i = 0; i < after.Count; i++)
        {
            var state = after[i];
            if (!_paired[i] && state.Kind == old.Kind && state.Cycle == old.Cycle && state.Metric.Id == old.Metric.Id)
            {
                return i;
            }
        }

        return -1;
    }

    private void Record(SlaReport report, SlaTargetState state, SlaStage? before, SlaStage? after, SlaOutcomeChangeKind change)
    {
        Count++;
        if (_kept.Count < _max)
        {
            _kept.Add(new SlaOutcomeChange(report.TicketId, state.Kind, state.Metric.Id, state.Cycle, before, after, change));
        }
    }
}
