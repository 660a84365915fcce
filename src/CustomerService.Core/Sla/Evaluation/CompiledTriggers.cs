using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// One of a metric's trigger lists, with the event families (<see cref="EventView.Kind"/>) any of its triggers can match,
/// so that the replay skips the list for every other event without testing a trigger.
/// </summary>
internal readonly struct CompiledTriggers
{
    private readonly SlaTrigger[] _triggers;

    public CompiledTriggers(IReadOnlyList<SlaTrigger> triggers)
    {
        _triggers = [.. triggers];
        EventKinds = _triggers.Aggregate(0, (mask, t) => mask | (1 << (int)EventKindOf(t.Kind)));
    }

    /// <summary>Gets the event families (<see cref="EventView.Kind"/>, as bits) the triggers can match.</summary>
    public int EventKinds { get; }

    public bool Any(in EventView view, int pauseMask)
    {
        if ((EventKinds & (1 << (int)view.Kind)) == 0)
        {
            return false;
        }

        foreach (var trigger in _triggers)
        {
            if (view.Matches(trigger, pauseMask))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The family of the events a trigger of <paramref name="kind"/> can match (as <see cref="EventView.Matches"/> tests it).</summary>
    private static SlaTriggerKind EventKindOf(SlaTriggerKind kind) => kind switch
    {
        SlaTriggerKind.FirstPublicMessage => SlaTriggerKind.MessageAdded,
        SlaTriggerKind.StatusLeft or SlaTriggerKind.Reopened or SlaTriggerKind.PolicyPauseEntered or SlaTriggerKind.PolicyPauseLeft => SlaTriggerKind.StatusEntered,
        _ => kind,
    };
}
