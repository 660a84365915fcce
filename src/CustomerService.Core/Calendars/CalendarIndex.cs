using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// The open time of a calendar over a range of local dates, compiled into sorted arrays of instants
/// (ticks since the Unix epoch) with prefix sums of open time and a per-UTC-day bucket, so that
/// locating an instant is O(1) and <c>Between</c> is a subtraction. Immutable once built: a calendar
/// publishes a bigger one when a query needs more dates (copy-on-extend), so readers never lock.
/// </summary>
/// <remarks>
/// The compiled dates are [<see cref="FirstDate"/>, <see cref="EndDate"/>). Intervals of earlier
/// dates end before local midnight starting <c>FirstDate + 1</c>, at most 18 hours (the largest
/// offset) after UTC midnight; intervals of later dates start after UTC midnight starting
/// <c>EndDate - 1</c>. So every instant in [<see cref="ValidStart"/>, <see cref="ValidEnd"/>) sees
/// exactly the open time of the full calendar; callers ask for a bigger index outside it.
/// </remarks>
internal sealed class CalendarIndex
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;
    private const int NanosecondsPerTick = (int)NodaConstants.NanosecondsPerTick;

    // Open intervals, disjoint, sorted, merged where they touch; entry _count is a sentinel at
    // long.MaxValue so scans stop without a bounds test. One array of structs: a lookup touches one line.
    private readonly Entry[] _entries;

    // _dayFirst[d]: the first entry that ends after UTC midnight starting day d after ValidStart.
    private readonly int[] _dayFirst;
    private readonly int _count;

    // The open time of the whole index (the sentinel's prefix), read by every add before any search.
    private readonly long _totalOpen;

    // Open-time buckets: _openFirst[k] is the last entry whose prefix is at most k * _bucketTicks (the
    // average open time of an entry). Dividing an amount of open time by the bucket size (a multiply-high
    // by _reciprocal) finds the entry in which it is reached in O(1), however far ahead that is.
    private readonly int[] _openFirst;
    private readonly long _bucketTicks;
    private readonly ulong _reciprocal;

    private CalendarIndex(LocalDate firstDate, LocalDate endDate, Entry[] entries, int count)
    {
        FirstDate = firstDate;
        EndDate = endDate;
        ValidStart = UtcMidnightTicks(firstDate.PlusDays(2));
        ValidEnd = UtcMidnightTicks(endDate.PlusDays(-1));
        _entries = entries;
        _count = count;
        long open = 0;
        for (var i = 0; i < count; i++)
        {
            entries[i].Prefix = open;
            open += entries[i].End - entries[i].Start;
        }

        entries[count] = new Entry { Start = long.MaxValue, End = long.MaxValue, Prefix = open };
        _totalOpen = open;
        _bucketTicks = count == 0 ? 1 : Math.Max(1, open / count);
        _reciprocal = ulong.MaxValue / (ulong)_bucketTicks;

        // At most about twice as many buckets as entries (each entry has at least one tick); two spare
        // buckets past the last amount so a lookup can read the bucket two ahead without a test.
        _openFirst = new int[checked((int)(open / _bucketTicks) + 3)];
        var reached = 0;
        for (var k = 0; k < _openFirst.Length; k++)
        {
            var amount = k * _bucketTicks;
            while (reached + 1 < count && entries[reached + 1].Prefix <= amount)
            {
                reached++;
            }

            _openFirst[k] = reached;
        }

        var days = (int)((ValidEnd - ValidStart) / TicksPerDay);
        _dayFirst = new int[days];
        var index = 0;
        for (var d = 0; d < days; d++)
        {
            var midnight = ValidStart + (d * TicksPerDay);
            while (entries[index].End <= midnight)
            {
                index++;
            }

            _dayFirst[d] = index;
        }
    }

    /// <summary>Gets the first compiled local date.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the local date after the last compiled one.</summary>
    public LocalDate EndDate { get; }

    /// <summary>Gets the first instant (in ticks) this index answers for.</summary>
    public long ValidStart { get; }

    /// <summary>Gets the instant (in ticks) up to which, exclusive, this index answers.</summary>
    public long ValidEnd { get; }

    /// <summary>Gets the number of merged open intervals.</summary>
    public int Count => _count;

    /// <summary>Compiles the open time of <paramref name="calendar"/> for the local dates [<paramref name="firstDate"/>, <paramref name="endDate"/>).</summary>
    public static CalendarIndex Compile(BusinessCalendar calendar, LocalDate firstDate, LocalDate endDate)
    {
        var zone = calendar.Zone;
        var entries = new Entry[16];
        var count = 0;
        for (var date = firstDate; date < endDate; date = date.PlusDays(1))
        {
            foreach (var hours in calendar.HoursOn(date))
            {
                var start = Ticks(zone.AtLeniently(date + hours.Start));
                var end = Ticks(zone.AtLeniently((hours.IsOvernight ? date.PlusDays(1) : date) + hours.End));

                // In a daylight-saving gap lenient resolution can move a start past its end: no open time.
                if (end <= start)
                {
                    continue;
                }

                if (count + 1 >= entries.Length)
                {
                    Array.Resize(ref entries, entries.Length * 2);
                }

                entries[count++] = new Entry { Start = start, End = end };
            }
        }

        // Hours of one date are sorted and disjoint, but lenient resolution and overnight hours can
        // reorder or overlap intervals of adjacent dates: sort, then merge.
        Array.Sort(entries, 0, count, EntryComparer.Instance);
        return new CalendarIndex(firstDate, endDate, entries, MergeTouching(entries, count));
    }

    /// <summary>Converts the ticks of UTC midnight starting <paramref name="date"/>.</summary>
    public static long UtcMidnightTicks(LocalDate date) => date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();

    /// <summary>Gets the UTC date of the instant <paramref name="ticks"/>.</summary>
    public static LocalDate UtcDate(long ticks) => Instant.FromUnixTimeTicks(ticks).InUtc().Date;

    /// <summary>Tells whether this index answers for the instant <paramref name="ticks"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(long ticks) => ticks >= ValidStart && ticks < ValidEnd;

    /// <summary>Tells whether the instant <paramref name="ticks"/> is open.</summary>
    public bool IsOpen(long ticks) => _entries[Locate(ticks)].Start <= ticks;

    /// <summary>Finds the next opening at or after <paramref name="ticks"/>; false if beyond this index.</summary>
    public bool TryNextOpening(long ticks, out long opening)
    {
        var start = _entries[Locate(ticks)].Start;
        opening = start <= ticks ? ticks : start;
        return opening < ValidEnd;
    }

    /// <summary>Finds the closing of the interval containing or following <paramref name="ticks"/>; false if beyond this index.</summary>
    public bool TryNextClosing(long ticks, out long closing)
    {
        closing = _entries[Locate(ticks)].End;
        return closing <= ValidEnd;
    }

    /// <summary>Gets the open time before the instant <paramref name="ticks"/>, counted from this index's origin, and whether the tick it starts is open.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long OpenBefore(long ticks, out bool isOpen)
    {
        ref readonly var entry = ref _entries[Locate(ticks)];
        isOpen = entry.Start <= ticks;
        return isOpen ? entry.Prefix + (ticks - entry.Start) : entry.Prefix;
    }

    /// <summary>
    /// Adds open time to the instant <paramref name="ticks"/> plus <paramref name="subTick"/> nanoseconds:
    /// finds the earliest instant by which <paramref name="durationTicks"/> ticks plus
    /// <paramref name="durationSubTick"/> nanoseconds (more than zero) of open time have passed; false if
    /// that is beyond this index.
    /// </summary>
    public bool TryAdd(long ticks, int subTick, long durationTicks, int durationSubTick, out long resultTicks, out int resultSubTick)
    {
        var from = Locate(ticks);
        ref readonly var entry = ref _entries[from];

        // Without branches: random starts, open or closed, cost the same.
        var open = entry.Start <= ticks;
        var target = entry.Prefix + Math.Max(ticks - entry.Start, 0) + durationTicks;
        resultSubTick = (open ? subTick : 0) + durationSubTick;
        if (resultSubTick >= NanosecondsPerTick)
        {
            target++;
            resultSubTick -= NanosecondsPerTick;
        }

        // The target is reached in the last entry whose prefix (the open time before it) is below the
        // target, or below the tick after it if nanoseconds are left over.
        var need = resultSubTick > 0 ? target + 1 : target;
        if (need > _totalOpen)
        {
            resultTicks = 0;
            return false;
        }

        ref readonly var reached = ref _entries[Reaching(from, need, durationTicks)];
        resultTicks = reached.Start + (target - reached.Prefix);
        return resultTicks < ValidEnd || (resultTicks == ValidEnd && resultSubTick == 0);
    }

    /// <summary>
    /// Subtracts open time from the instant <paramref name="ticks"/> plus <paramref name="subTick"/> nanoseconds:
    /// finds the latest instant from which <paramref name="durationTicks"/> ticks plus
    /// <paramref name="durationSubTick"/> nanoseconds (more than zero) of open time pass until it; false if
    /// that is before this index.
    /// </summary>
    public bool TrySubtract(long ticks, int subTick, long durationTicks, int durationSubTick, out long resultTicks, out int resultSubTick)
    {
        ref readonly var entry = ref _entries[Locate(ticks)];
        long target;
        if (entry.Start <= ticks)
        {
            target = entry.Prefix + (ticks - entry.Start) - durationTicks;
            resultSubTick = subTick - durationSubTick;
        }
        else
        {
            target = entry.Prefix - durationTicks;
            resultSubTick = -durationSubTick;
        }

        if (resultSubTick < 0)
        {
            target--;
            resultSubTick += NanosecondsPerTick;
        }

        if (target < 0)
        {
            resultTicks = 0;
            return false;
        }

        // The latest such instant is in the last entry whose prefix is at most the target.
        ref readonly var reached = ref _entries[Reached(target + 1)];
        resultTicks = reached.Start + (target - reached.Prefix);
        return resultTicks >= ValidStart;
    }

    /// <summary>Adds the open intervals in [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="intervals"/>, clipped to it.</summary>
    public void AddIntervals(List<Interval> intervals, Instant start, Instant end, long startTicks, long endTicks)
    {
        for (var i = Locate(startTicks); _entries[i].Start < endTicks; i++)
        {
            var from = _entries[i].Start <= startTicks ? start : Instant.FromUnixTimeTicks(_entries[i].Start);
            var to = _entries[i].End >= endTicks ? end : Instant.FromUnixTimeTicks(_entries[i].End);
            if (from < to)
            {
                intervals.Add(new Interval(from, to));
            }
        }
    }

    /// <summary>Copies the starts of the open intervals, in ticks (for the benchmarks' floor).</summary>
    public long[] CopyStarts()
    {
        var starts = new long[_count];
        for (var i = 0; i < _count; i++)
        {
            starts[i] = _entries[i].Start;
        }

        return starts;
    }

    private static long Ticks(ZonedDateTime time) => time.ToInstant().ToUnixTimeTicks();

    private static int MergeTouching(Entry[] entries, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var last = 0;
        for (var i = 1; i < count; i++)
        {
            if (entries[i].Start <= entries[last].End)
            {
                entries[last].End = Math.Max(entries[last].End, entries[i].End);
            }
            else
            {
                entries[++last] = entries[i];
            }
        }

        return last + 1;
    }

    // The first entry that ends after ticks: the one containing it, or the next one (maybe the sentinel).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Locate(long ticks)
    {
        var i = _dayFirst[(int)((ulong)(ticks - ValidStart) / TicksPerDay)];
        while (_entries[i].End <= ticks)
        {
            i++;
        }

        return i;
    }

    // Reached(need) for an add of durationTicks from entry from. A duration up to an average entry ends in
    // that entry or the next: two neighbouring reads, selected without a branch, before the buckets.
    private int Reaching(int from, long need, long durationTicks)
    {
        if (durationTicks > _bucketTicks)
        {
            return Reached(need);
        }

        var at = _entries[from + 1].Prefix < need ? from + 1 : from;
        return _entries[at + 1].Prefix < need ? Reached(need) : at;
    }

    // The last entry whose prefix is below need (0 < need <= _totalOpen): the entry in which need ticks of
    // open time are reached. The multiply-high gives the bucket of need - 1 or the one before, so the answer
    // lies between that bucket's entry and the entry of the bucket two ahead: usually the same entry or the
    // next one, a binary search where many short intervals share a bucket.
    private int Reached(long need)
    {
        var entries = _entries;
        var bucket = (int)Math.BigMul((ulong)(need - 1), _reciprocal, out _);
        var low = _openFirst[bucket];
        if (entries[low + 1].Prefix >= need)
        {
            return low;
        }

        var high = _openFirst[bucket + 2];
        low++;
        while (low < high)
        {
            var mid = (int)((uint)(low + high + 1) >> 1);
            if (entries[mid].Prefix < need)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>An open interval [Start, End) in ticks, and the open ticks before it.</summary>
    private struct Entry
    {
        public long Start;
        public long End;
        public long Prefix;
    }

    private sealed class EntryComparer : IComparer<Entry>
    {
        public static readonly EntryComparer Instance = new();

        public int Compare(Entry x, Entry y) => x.Start.CompareTo(y.Start);
    }
}
