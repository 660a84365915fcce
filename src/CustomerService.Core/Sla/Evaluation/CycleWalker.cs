using CustomerService.Core.Calendars;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// Measures one cycle's segments on a calendar: the open time counted in a window, and where a given amount of it is
/// used up (the crossing) and the clock next counts after that (the breach instant). Past the counted segments it
/// can project the clock running on from a given instant, for due dates still ahead.
/// </summary>
internal readonly struct CycleWalker<T>
    where T : struct, IMeasuringTime<T>
{
    private readonly SegmentRecord[] _segments;
    private readonly int _first;
    private readonly T _now;
    private readonly bool _paused;

    public CycleWalker(SlaTimeline timeline, in CycleRecord cycle)
    {
        _segments = timeline.Segments;
        _first = cycle.FirstSegment;
        _now = T.Of(timeline.Now);
        _paused = cycle.Paused;
    }

    /// <summary>The open time of the segments inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <remarks>An empty window (the time used before a state's only target began to apply) is answered without a call.</remarks>
    public T Open(BusinessCalendar calendar, T from, T to) => from < to ? Walk(calendar, from, to) : T.Zero;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private T Walk(BusinessCalendar calendar, T from, T to)
    {
        var total = T.Zero;
        for (var i = _first; i >= 0; i = _segments[i].Next)
        {
            if (Clip(i, from, to, out var a, out var b))
            {
                total += Between(i, calendar, a, b);
            }
        }

        return total;
    }

    /// <summary>The open time of the pauses (gaps after a segment that ended by a pause) inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public T Paused(BusinessCalendar calendar, T from, T to) => _paused ? WalkPauses(calendar, from, to) : T.Zero;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private T WalkPauses(BusinessCalendar calendar, T from, T to)
    {
        var total = T.Zero;
        for (var i = _first; i >= 0; i = _segments[i].Next)
        {
            ref readonly var segment = ref _segments[i];
            if (segment.IsOpen || !segment.EndedByPause)
            {
                continue;
            }

            var gapEnd = segment.Next >= 0 ? T.From(in _segments[segment.Next]) : to;
            var a = T.Max(T.To(in segment), from);
            var b = T.Min(gapEnd, to);
            if (a < b)
            {
                total += T.Between(calendar, ref _segments[i].Paused, a, b);
            }
        }

        return total;
    }

    /// <summary>
    /// Walks the segments inside [<paramref name="from"/>, <paramref name="limit"/>) until <paramref name="amount"/> of open
    /// time is used: <paramref name="crossing"/> is the earliest instant at which it is, <paramref name="breach"/> the first
    /// instant after which more is counted. With <paramref name="projectFrom"/>, the clock is assumed to run on from there
    /// when the segments do not suffice. Returns false if <paramref name="breach"/> was not reached inside the segments.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public bool Locate(BusinessCalendar calendar, T from, T amount, T limit, T? projectFrom, out T crossing, out T breach)
    {
        breach = T.Never;
        crossing = Cross(calendar, from, amount, limit, out var segment, out var remaining);
        if (crossing != T.Never)
        {
            for (var i = segment; i >= 0; i = _segments[i].Next)
            {
                if (!Clip(i, crossing, limit, out var a, out var b))
                {
                    continue;
                }

                var next = T.NextOpening(calendar, a);
                if (next < b)
                {
                    breach = next;
                    return true;
                }
            }
        }

        if (projectFrom is T project)
        {
            if (crossing == T.Never)
            {
                crossing = T.Add(calendar, T.Max(project, from), remaining);
            }

            breach = T.NextOpening(calendar, T.Max(crossing, project));
        }

        return false;
    }

    /// <summary>
    /// The earliest instant at which <paramref name="amount"/> of open time is used in the segments inside
    /// [<paramref name="from"/>, <paramref name="limit"/>), or <see cref="IMeasuringTime{T}.Never"/> if they do not suffice;
    /// <paramref name="segment"/> is the segment it falls in (from which <see cref="Locate"/> looks for the breach), and
    /// <paramref name="remaining"/> what the segments left unused.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public T Cross(BusinessCalendar calendar, T from, T amount, T limit, out int segment, out T remaining)
    {
        remaining = amount;
        if (amount <= T.Zero)
        {
            segment = _first;
            return from;
        }

        for (var i = _first; i >= 0; i = _segments[i].Next)
        {
            if (!Clip(i, from, limit, out var a, out var b))
            {
                continue;
            }

            var open = Between(i, calendar, a, b);
            if (open < remaining)
            {
                remaining -= open;
                continue;
            }

            segment = i;
            return T.Add(calendar, a, remaining);
        }

        segment = -1;
        return T.Never;
    }

    /// <summary>The open time of [<paramref name="a"/>, <paramref name="b"/>) inside segment <paramref name="index"/>, remembered per segment.</summary>
    private T Between(int index, BusinessCalendar calendar, T a, T b) => T.Between(calendar, ref _segments[index].Counted, a, b);

    private bool Clip(int index, T from, T to, out T a, out T b)
    {
        ref readonly var segment = ref _segments[index];
        a = T.Max(T.From(in segment), from);
        b = T.Min(segment.IsOpen ? _now : T.To(in segment), to);
        return a < b;
    }
}
