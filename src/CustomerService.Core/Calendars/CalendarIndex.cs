using System;
using System.Collections.Generic;
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

    // Open intervals [_starts[i], _ends[i]), disjoint, sorted, merged when they touch; index _count is
    // a sentinel at long.MaxValue so scans stop without a bounds test.
    private readonly long[] _starts;
    private readonly long[] _ends;

    // _prefix[i]: open ticks from the first interval's start to _starts[i]; _prefix[_count] is the total.
    private readonly long[] _prefix;

    // _dayFirst[d]: the first interval that ends after UTC midnight starting day d after _firstDayTicks.
    private readonly int[] _dayFirst;
    private readonly long _firstDayTicks;
    private readonly int _count;
    private readonly long _ticksPerInterval;

    private CalendarIndex(LocalDate firstDate, LocalDate endDate, long[] starts, long[] ends, int count)
    {
        FirstDate = firstDate;
        EndDate = endDate;
        ValidStart = UtcMidnightTicks(firstDate.PlusDays(2));
        ValidEnd = UtcMidnightTicks(endDate.PlusDays(-1));
        _starts = starts;
        _ends = ends;
        _count = count;
        _prefix = new long[count + 1];
        for (var i = 0; i < count; i++)
        {
            _prefix[i + 1] = _prefix[i] + (ends[i] - starts[i]);
        }

        _ticksPerInterval = count == 0 ? 1 : Math.Max(1, _prefix[count] / count);
        _firstDayTicks = ValidStart;
        var days = (int)((ValidEnd - ValidStart) / TicksPerDay);
        _dayFirst = new int[days];
        var index = 0;
        for (var d = 0; d < days; d++)
        {
            var midnight = _firstDayTicks + (d * TicksPerDay);
            while (ends[index] <= midnight)
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
        var capacity = 16;
        var starts = new long[capacity];
        var ends = new long[capacity];
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

                if (count + 1 >= capacity)
                {
                    capacity *= 2;
                    Array.Resize(ref starts, capacity);
                    Array.Resize(ref ends, capacity);
                }

                starts[count] = start;
                ends[count] = end;
                count++;
            }
        }

        Array.Sort(starts, ends, 0, count);
        count = MergeTouching(starts, ends, count);
        starts[count] = long.MaxValue;
        ends[count] = long.MaxValue;
        return new CalendarIndex(firstDate, endDate, starts, ends, count);
    }

    /// <summary>Converts the ticks of UTC midnight starting <paramref name="date"/>.</summary>
    public static long UtcMidnightTicks(LocalDate date) => date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();

    /// <summary>Gets the UTC date of the instant <paramref name="ticks"/>.</summary>
    public static LocalDate UtcDate(long ticks) => Instant.FromUnixTimeTicks(ticks).InUtc().Date;

    /// <summary>Tells whether the instant <paramref name="ticks"/> is open.</summary>
    public bool IsOpen(long ticks) => _starts[Locate(ticks)] <= ticks;

    /// <summary>Finds the next opening at or after <paramref name="ticks"/>; false if beyond this index.</summary>
    public bool TryNextOpening(long ticks, out long opening)
    {
        var i = Locate(ticks);
        opening = _starts[i] <= ticks ? ticks : _starts[i];
        return opening < ValidEnd;
    }

    /// <summary>Finds the closing of the interval containing or following <paramref name="ticks"/>; false if beyond this index.</summary>
    public bool TryNextClosing(long ticks, out long closing)
    {
        closing = _ends[Locate(ticks)];
        return closing <= ValidEnd;
    }

    /// <summary>Gets the open time in [<paramref name="start"/>, <paramref name="end"/>) in ticks; both must be in this index's range.</summary>
    public long OpenTicks(long start, long end) => OpenBefore(end, Locate(end)) - OpenBefore(start, Locate(start));

    /// <summary>Tells whether the tick that starts at <paramref name="ticks"/> is open, and how much open time precedes it.</summary>
    public long OpenBefore(long ticks, out bool isOpen)
    {
        var i = Locate(ticks);
        isOpen = _starts[i] <= ticks;
        return OpenBefore(ticks, i);
    }

    /// <summary>
    /// Finds the earliest instant at which the open time before it (counted from this index's origin)
    /// reaches <paramref name="target"/> ticks plus <paramref name="subTick"/> nanoseconds, searching
    /// after <paramref name="fromTicks"/>; false if that is beyond this index.
    /// </summary>
    /// <remarks>The target must be more than the open time before <paramref name="fromTicks"/>.</remarks>
    public bool TryReachForward(long target, int subTick, long fromTicks, out long result)
    {
        // The first interval whose end reaches the target: prefix[j] >= target, one tick more if nanoseconds are left.
        var need = subTick > 0 ? target + 1 : target;
        if (_prefix[_count] < need)
        {
            result = 0;
            return false;
        }

        var from = Locate(fromTicks);
        var guess = from + ((need - _prefix[from]) / _ticksPerInterval);
        var k = FirstPrefixAtLeast(need, guess, from + 1, _count) - 1;
        result = _starts[k] + (target - _prefix[k]);
        return result < ValidEnd || (result == ValidEnd && subTick == 0);
    }

    /// <summary>
    /// Finds the latest instant at which the open time before it (counted from this index's origin)
    /// is <paramref name="target"/> ticks plus a part of a tick, searching before <paramref name="fromTicks"/>;
    /// false if that is before this index.
    /// </summary>
    /// <remarks>The target must be less than the open time before <paramref name="fromTicks"/>.</remarks>
    public bool TryReachBackward(long target, long fromTicks, out long result)
    {
        // The last interval starting at or before the target: prefix[k] <= target < prefix[k + 1].
        if (target < 0)
        {
            result = 0;
            return false;
        }

        var from = Locate(fromTicks);
        var high = Math.Min(from + 1, _count);
        var guess = high - ((_prefix[high] - target) / _ticksPerInterval);
        var k = FirstPrefixAtLeast(target + 1, guess, 1, high) - 1;
        result = _starts[k] + (target - _prefix[k]);
        return result >= ValidStart;
    }

    /// <summary>Adds the open intervals in [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="intervals"/>, clipped to it.</summary>
    public void AddIntervals(List<Interval> intervals, Instant start, Instant end, long startTicks, long endTicks)
    {
        for (var i = Locate(startTicks); _starts[i] < endTicks; i++)
        {
            var from = _starts[i] <= startTicks ? start : Instant.FromUnixTimeTicks(_starts[i]);
            var to = _ends[i] >= endTicks ? end : Instant.FromUnixTimeTicks(_ends[i]);
            if (from < to)
            {
                intervals.Add(new Interval(from, to));
            }
        }
    }

    private static long Ticks(ZonedDateTime time) => time.ToInstant().ToUnixTimeTicks();

    private static int MergeTouching(long[] starts, long[] ends, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var last = 0;
        for (var i = 1; i < count; i++)
        {
            if (starts[i] <= ends[last])
            {
                ends[last] = Math.Max(ends[last], ends[i]);
            }
            else
            {
                last++;
                starts[last] = starts[i];
                ends[last] = ends[i];
            }
        }

        return last + 1;
    }

    // The first interval that ends after ticks: the one containing it, or the next one (maybe the sentinel).
    private int Locate(long ticks)
    {
        var i = _dayFirst[(int)((ulong)(ticks - _firstDayTicks) / TicksPerDay)];
        while (_ends[i] <= ticks)
        {
            i++;
        }

        return i;
    }

    private long OpenBefore(long ticks, int i)
    {
        var start = _starts[i];
        return ticks > start ? _prefix[i] + (ticks - start) : _prefix[i];
    }

    // The first j in [low, high] with _prefix[j] >= need, given that _prefix[high] >= need. Open time
    // is spread fairly evenly, so the search starts from an estimate and gallops: O(1) for ordinary
    // durations, O(log n) at worst.
    private int FirstPrefixAtLeast(long need, long guess, int low, int high)
    {
        var prefix = _prefix;
        var probe = (int)Math.Clamp(guess, low, high);
        if (prefix[probe] >= need)
        {
            // The answer is in [low, probe]: gallop down.
            var top = probe;
            var step = 1;
            var below = probe - 1;
            while (below >= low && prefix[below] >= need)
            {
                top = below;
                below -= step;
                step <<= 1;
            }

            low = Math.Max(below + 1, low);
            high = top;
        }
        else
        {
            // The answer is in (probe, high]: gallop up.
            var step = 1;
            var above = Math.Min(probe + 1, high);
            low = probe + 1;
            while (prefix[above] < need)
            {
                low = above + 1;
                step <<= 1;
                above = Math.Min(above + step, high);
            }

            high = above;
        }

        while (low < high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            if (prefix[mid] < need)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
