using System;
using System.Collections.Generic;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>Turns a replayed cycle and the targets bound to it into target states (SLA-SEMANTICS §4).</summary>
internal static class CycleMeasurer
{
    public static void Measure(SlaReport report, SlaTimeline timeline, int cycleIndex, SlaRetargeting retargeting, List<SlaTargetState> states)
    {
        ref readonly var cycle = ref timeline.Cycles[cycleIndex];
        var walker = new CycleWalker(timeline, in cycle);
        var changes = timeline.Changes;
        var limit = cycle.End == CycleEnd.Open ? timeline.Now : cycle.EndAt;

        if (retargeting == SlaRetargeting.Restart)
        {
            var period = 0;
            for (var c = cycle.FirstChange; c >= 0; c = changes[c].Next, period++)
            {
                ref readonly var change = ref changes[c];
                if (!change.Binding.IsBound)
                {
                    continue;
                }

                var next = change.Next;
                var last = next < 0;
                var end = last ? limit : Instant.Min(changes[next].At, limit);
                states.Add(Build(report, timeline, in cycle, walker, new SlaStateKey(cycle.Clock, cycle.Number, period), new ReadOnlySpan<int>(in c), change.At, end, last, superseded: !last, SlaRetargeting.Restart));
            }

            return;
        }

        var periods = timeline.Periods(in cycle);
        foreach (var c in periods)
        {
            if (changes[c].Binding.IsBound)
            {
                states.Add(Build(report, timeline, in cycle, walker, new SlaStateKey(cycle.Clock, cycle.Number, 0), periods, cycle.Start, limit, isLast: true, superseded: false, retargeting));
                return;
            }
        }
    }

    private static SlaTargetState Build(
        SlaReport report,
        SlaTimeline timeline,
        in CycleRecord cycle,
        CycleWalker walker,
        SlaStateKey key,
        ReadOnlySpan<int> periods,
        Instant start,
        Instant limit,
        bool isLast,
        bool superseded,
        SlaRetargeting retargeting)
    {
        // The last bound period's target is the one reported; a period without a target after it ends the counting.
        var changes = timeline.Changes;
        var lastBound = periods.Length - 1;
        while (!changes[periods[lastBound]].Binding.IsBound)
        {
            lastBound--;
        }

        var final = changes[periods[lastBound]].Binding;
        var target = final.Target!;
        var calendar = final.Calendar!;
        var lostTarget = lastBound < periods.Length - 1;
        var countTo = lostTarget ? Instant.Min(changes[periods[lastBound + 1]].At, limit) : limit;
        var open = isLast && !superseded && !lostTarget && cycle.End == CycleEnd.Open;
        var keep = retargeting == SlaRetargeting.KeepElapsed;

        var breached = false;
        var dueAt = Instant.MaxValue;
        var breachAt = Instant.MaxValue;
        Duration? kept = null;
        var usedBeforeLast = Duration.Zero;
        var elapsed = Duration.Zero;
        for (var i = 0; i <= lastBound; i++)
        {
            ref readonly var period = ref changes[periods[i]];
            var binding = period.Binding;
            if (!binding.IsBound)
            {
                continue;
            }

            var from = period.At;
            var to = i < lastBound ? Instant.Min(changes[periods[i + 1]].At, countTo) : countTo;
            var periodCalendar = binding.Calendar!;
            var amount = binding.Target!.Duration;
            var used = keep && kept is Duration k ? k : walker.Open(periodCalendar, start, from);
            var counted = walker.Open(periodCalendar, from, to);
            kept = used + counted;
            if (i == lastBound)
            {
                usedBeforeLast = used;
                elapsed = used + counted;
            }

            if (breached)
            {
                // A breach is final: later targets only add to the time counted.
                continue;
            }

            if (used > amount)
            {
                // Already used up when this target began to apply: it breaches at once.
                breached = true;
                breachAt = from;
                var crossing = walker.Cross(periodCalendar, start, amount, from, out _, out _);
                dueAt = keep || crossing == Instant.MaxValue ? from : crossing;
            }
            else if (used + counted >= amount)
            {
                var project = i == lastBound ? (Instant?)(open ? timeline.Now : countTo) : null;
                breached = walker.Locate(periodCalendar, from, amount - used, to, project, out var crossing, out var breach);
                if (breached || i == lastBound)
                {
                    dueAt = crossing;
                    breachAt = breach;
                }
            }
            else if (i == lastBound)
            {
                // The segments counted so far leave part of the target: it is due where the clock, running on, uses the rest.
                dueAt = periodCalendar.Add(Instant.Max(open ? timeline.Now : countTo, from), amount - used - counted);
                breachAt = periodCalendar.NextOpening(dueAt);
            }
        }

        SlaStage stage;
        Instant? endedAt;
        if (breached || superseded || lostTarget || cycle.End != CycleEnd.Open)
        {
            stage = breached ? SlaStage.Breached
                : superseded || lostTarget || cycle.End is CycleEnd.Cancelled or CycleEnd.Reset ? SlaStage.Cancelled
                : SlaStage.Achieved;
            endedAt = superseded || lostTarget ? countTo : cycle.End == CycleEnd.Open ? null : cycle.EndAt;
        }
        else
        {
            stage = cycle.FinalPhase == ClockPhase.Paused ? SlaStage.Paused : SlaStage.Running;
            endedAt = null;
        }

        return new SlaTargetState(
            report,
            key,
            final.Policy!.Policy,
            target,
            calendar,
            stage,
            start,
            endedAt,
            dueAt,
            breachAt,
            elapsed,
            walker.Paused(calendar, start, countTo),
            Warnings(walker, calendar, target, keep ? changes[periods[lastBound]].At : start, countTo, keep ? usedBeforeLast : Duration.Zero, elapsed));
    }

    /// <summary>
    /// The instant each warning of <paramref name="target"/> was reached, or <see cref="Instant.MaxValue"/>: where its share of the
    /// target was used, counted from <paramref name="from"/> after <paramref name="keptBefore"/> (so in open time, even for a
    /// target that began to apply at night, unless it was already passed under <see cref="SlaRetargeting.KeepElapsed"/>).
    /// </summary>
    private static Instant[]? Warnings(CycleWalker walker, BusinessCalendar calendar, SlaTarget target, Instant from, Instant countTo, Duration keptBefore, Duration elapsed)
    {
        var shares = target.WarningAmounts;
        Instant[]? reached = null;
        for (var w = 0; w < shares.Length; w++)
        {
            if (elapsed < shares[w])
            {
                continue;
            }

            var crossing = walker.Cross(calendar, from, shares[w] - keptBefore, countTo, out _, out _);
            if (crossing != Instant.MaxValue)
            {
                reached ??= Filled(shares.Length);
                reached[w] = crossing;
            }
        }

        return reached;
    }

    private static Instant[] Filled(int count)
    {
        var instants = new Instant[count];
        Array.Fill(instants, Instant.MaxValue);
        return instants;
    }
}
