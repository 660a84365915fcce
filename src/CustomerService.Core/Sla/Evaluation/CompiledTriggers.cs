using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// One of a metric's trigger lists, with the event signatures (<see cref="EventView.Signature"/>) each trigger can fire on,
/// so that the replay tests only the triggers that can fire on an event, and skips the list when none can.
/// </summary>
internal readonly struct CompiledTriggers
{
    private readonly SlaTrigger[] _triggers;
    private readonly ulong[] _signatures;

    /// <param name="triggers">The triggers.</param>
    /// <param name="pauseMasks">The pause sets the clock's policies can have.</param>
    public CompiledTriggers(IReadOnlyList<SlaTrigger> triggers, IReadOnlyCollection<int> pauseMasks)
    {
        _triggers = [.. triggers];
        _signatures = [.. _triggers.Select(t => EventView.Signatures([t], pauseMasks))];
        Signatures = _signatures.Aggregate(0UL, (all, one) => all | one);
    }

    /// <summary>Gets the event signatures on which one of the triggers can fire.</summary>
    public ulong Signatures { get; }

    /// <summary>Whether one of the triggers fires on <paramref name="view"/>, of <paramref name="signature"/> (<see cref="EventView.Signature"/>, worked out once per event).</summary>
    public bool Any(in EventView view, ulong signature, int pauseMask)
    {
        if ((Signatures & signature) == 0)
        {
            return false;
        }

        for (var i = 0; i < _triggers.Length; i++)
        {
            if ((_signatures[i] & signature) != 0 && view.Matches(_triggers[i], pauseMask))
            {
                return true;
            }
        }

        return false;
    }
}
