using System;
using System.Collections.Generic;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// Turns a replayed cycle and the targets bound to it into target states (SLA-SEMANTICS §4), measuring in
/// <typeparamref name="T"/> (see <see cref="IMeasuringTime{T}"/>).
/// </summary>
internal static class CycleMeasurer<T>
    where T : struct, IMeasuringTime<T>
{
    public static void Measure(SlaReport report, SlaTimeline timeline, int cycleIndex, SlaRetargeting retargeting, List<SlaTargetState> states)
    {
        ref readonly var cycle = ref timeline.Cycles[cycleIndex];
        var walker = new CycleWalker<T>(timeline, in cycle);
        var changes = timeline.Changes;
        var limit = T.Of(cycle.End == CycleEnd.Open ? timeline.Now : cycle.EndAt);

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
                var end = last ? limit : T.Min(T.Of(changes[next].At), limit);
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
        CycleWalker<T> walker,
        SlaStateKey key,
        ReadOnlySpan<int> periods,
        Instant startedAt,
        T limit,
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
        var countTo = lostTarget ? T.Min(T.Of(changes[periods[lastBound + 1]].At), limit) : limit;
        var start = T.Of(startedAt);
        var now = T.Of(timeline.Now);
        var open = isLast && !superseded && !lostTarget && cycle.End == CycleEnd.Open;
        var keep = retargeting == SlaRetargeting.KeepElapsed;

        var breached = false;
        var dueAt = T.Never;
        var breachAt = T.Never;
        T? kept = null;
        var usedBeforeLast = T.Zero;
        var elapsed = T.Zero;
        for (var i = 0; i <= lastBound; i++)
        {
            ref readonly var period = ref changes[periods[i]];
            var binding = period.Binding;
            if (!binding.IsBound)
            {
                continue;
            }

            var from = T.Of(period.At);
            var to = i < lastBound ? T.Min(T.Of(changes[periods[i + 1]].At), countTo) : countTo;
            var periodCalendar = binding.Calendar!;
            var amount = T.Of(binding.Target!.Duration);
            var used = keep && kept is T k ? k : walker.Open(periodCalendar, start, from);
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
                dueAt = keep || crossing == T.Never ? from : crossing;
            }
            else if (used + counted >= amount)
            {
                var project = i == lastBound ? (T?)(open ? now : countTo) : null;
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
                dueAt = T.Add(periodCalendar, T.Max(open ? now : countTo, from), amount - used - counted);
                breachAt = T.NextOpening(periodCalendar, dueAt);
            }
        }

        SlaStage stage;
        Instant? endedAt;
        if (breached || superseded || lostTarget || cycle.End != CycleEnd.Open)
        {
            stage = breached ? SlaStage.Breached
                : superseded || lostTarget || cycle.End is CycleEnd.Cancelled or CycleEnd.Reset ? SlaStage.Cancelled
                : SlaStage.Achieved;
            endedAt = superseded || lostTarget ? countTo.ToInstant() : cycle.End == CycleEnd.Open ? null : cycle.EndAt;
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
            startedAt,
            endedAt,
            dueAt.ToInstant(),
            breachAt.ToInstant(),
            elapsed.ToDuration(),
            walker.Paused(calendar, start, countTo).ToDuration(),
            Warnings(walker, calendar, target, keep ? T.Of(changes[periods[lastBound]].At) : start, countTo, keep ? usedBeforeLast : T.Zero, elapsed));
    }

    /// <summary>
    /// The instant each warning of <paramref name="target"/> was reached, or <see cref="Instant.MaxValue"/>: where its share of the
    /// target was used, counted from <paramref name="from"/> after <paramref name="keptBefore"/> (so in open time, even for a
    /// target that began to apply at night, unless it was already passed under <see cref="SlaRetargeting.KeepElapsed"/>).
    /// </summary>
    private static Instant[]? Warnings(CycleWalker<T> walker, BusinessCalendar calendar, SlaTarget target, T from, T countTo, T keptBefore, T elapsed)
    {
        var shares = target.WarningAmounts;
        Instant[]? reached = null;
        for (var w = 0; w < shares.Length; w++)
        {
            var share = T.Of(shares[w]);
            if (elapsed < share)
            {
                continue;
            }

            var crossing = walker.Cross(calendar, from, share - keptBefore, countTo, out _, out _);
            if (crossing != T.Never)
            {
                reached ??= Filled(shares.Length);
                reached[w] = crossing.ToInstant();
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
