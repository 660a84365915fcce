using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// Measures one cycle's segments on a calendar: the open time counted in a window, and where a given amount of it is
/// used up (the crossing) and the clock next counts after that (the breach instant). Past the counted segments it
/// can project the clock running on from a given instant, for due dates still ahead.
/// </summary>
internal readonly struct CycleWalker
{
    private readonly SegmentRecord[] _segments;
    private readonly int _first;
    private readonly Instant _now;
    private readonly bool _paused;

    public CycleWalker(SlaTimeline timeline, in CycleRecord cycle)
    {
        _segments = timeline.Segments;
        _first = cycle.FirstSegment;
        _now = timeline.Now;
        _paused = cycle.Paused;
    }

    /// <summary>The open time of the segments inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <remarks>An empty window (the time used before a state's only target began to apply) is answered without a call.</remarks>
    public Duration Open(BusinessCalendar calendar, Instant from, Instant to) => from < to ? Walk(calendar, from, to) : Duration.Zero;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Duration Walk(BusinessCalendar calendar, Instant from, Instant to)
    {
        var total = Duration.Zero;
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
    public Duration Paused(BusinessCalendar calendar, Instant from, Instant to) => _paused ? WalkPauses(calendar, from, to) : Duration.Zero;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Duration WalkPauses(BusinessCalendar calendar, Instant from, Instant to)
    {
        var total = Duration.Zero;
        for (var i = _first; i >= 0; i = _segments[i].Next)
        {
            ref readonly var segment = ref _segments[i];
            if (segment.IsOpen || !segment.EndedByPause)
            {
                continue;
            }

            var gapEnd = segment.Next >= 0 ? _segments[segment.Next].From : to;
            var a = Instant.Max(segment.To, from);
            var b = Instant.Min(gapEnd, to);
            if (a < b)
            {
                total += _segments[i].Paused.Between(calendar, a, b);
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
    public bool Locate(BusinessCalendar calendar, Instant from, Duration amount, Instant limit, Instant? projectFrom, out Instant crossing, out Instant breach)
    {
        breach = Instant.MaxValue;
        crossing = Cross(calendar, from, amount, limit, out var segment, out var remaining);
        if (crossing != Instant.MaxValue)
        {
            for (var i = segment; i >= 0; i = _segments[i].Next)
            {
                if (!Clip(i, crossing, limit, out var a, out var b))
                {
                    continue;
                }

                var next = calendar.NextOpening(a);
                if (next < b)
                {
                    breach = next;
                    return true;
                }
            }
        }

        if (projectFrom is Instant project)
        {
            if (crossing == Instant.MaxValue)
            {
                crossing = calendar.Add(Instant.Max(project, from), remaining);
            }

            breach = calendar.NextOpening(Instant.Max(crossing, project));
        }

        return false;
    }

    /// <summary>
    /// The earliest instant at which <paramref name="amount"/> of open time is used in the segments inside
    /// [<paramref name="from"/>, <paramref name="limit"/>), or <see cref="Instant.MaxValue"/> if they do not suffice;
    /// <paramref name="segment"/> is the segment it falls in (from which <see cref="Locate"/> looks for the breach), and
    /// <paramref name="remaining"/> what the segments left unused.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public Instant Cross(BusinessCalendar calendar, Instant from, Duration amount, Instant limit, out int segment, out Duration remaining)
    {
        remaining = amount;
        if (amount <= Duration.Zero)
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
            return calendar.Add(a, remaining);
        }

        segment = -1;
        return Instant.MaxValue;
    }

    /// <summary>The open time of [<paramref name="a"/>, <paramref name="b"/>) inside segment <paramref name="index"/>, remembered per segment.</summary>
    private Duration Between(int index, BusinessCalendar calendar, Instant a, Instant b) => _segments[index].Counted.Between(calendar, a, b);

    private bool Clip(int index, Instant from, Instant to, out Instant a, out Instant b)
    {
        ref readonly var segment = ref _segments[index];
        a = Instant.Max(segment.From, from);
        b = Instant.Min(segment.IsOpen ? _now : segment.To, to);
        return a < b;
    }
}
