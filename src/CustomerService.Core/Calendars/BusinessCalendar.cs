using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Calendars;

/// <summary>
/// A business calendar: the open time of a team or service in a time zone, from weekly hours (split
/// and overnight shifts), holidays and dated overrides; and time arithmetic over it (add business
/// time, measure it, find openings and closings). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Open time is physical time: the day a clock changes, that day's open time is longer or shorter by
/// the shift. Local times in a daylight-saving gap or overlap resolve leniently (a skipped time
/// moves forward by the gap; an ambiguous time takes the earlier offset). Intervals are
/// <c>[opening, closing)</c>: the closing instant itself is closed.
/// </para>
/// <para>
/// On a date, an override (hours or closed) replaces the weekly hours and wins over a holiday;
/// otherwise a holiday closes the date; otherwise the weekly hours apply. Hours belong to the date
/// they start on, so an overnight shift still runs into a holiday morning. Where the hours of
/// adjacent dates overlap in time, open time is their union.
/// </para>
/// <para>
/// The first query compiles an index of a few years around it; later queries outside it extend the
/// index (earlier or later) on demand. Instants from about -9998-01-05 to 9999-12-29 UTC are supported;
/// others throw <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// </remarks>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>
{
    private const int DefaultInitialDays = 3 * 366;
    private static readonly LocalDate MinFirstDate = LocalDate.MinIsoValue.PlusDays(2);
    private static readonly LocalDate MaxEndDate = LocalDate.MaxIsoValue.PlusDays(-1);
    private static readonly long MinSupportedTicks = CalendarIndex.UtcMidnightTicks(MinFirstDate.PlusDays(2));
    private static readonly long MaxSupportedTicks = CalendarIndex.UtcMidnightTicks(MaxEndDate.PlusDays(-1)) - 1;

    private readonly OpeningHours[][] _weekly;
    private readonly OpeningHours[][] _weeklySorted;
    private readonly LocalDate[] _holidays;
    private readonly HashSet<LocalDate> _holidayLookup;
    private readonly HolidaySet[] _holidaySets;
    private readonly Dictionary<LocalDate, OpeningHours[]> _overrides;
    private readonly Dictionary<LocalDate, OpeningHours[]> _overridesSorted;
    private readonly ReadOnlyDictionary<LocalDate, IReadOnlyList<OpeningHours>> _overridesView;
    private readonly LocalDate? _openForeverFrom;
    private readonly int _initialDays;
    private readonly Lock _gate = new();
    private CalendarIndex? _index;

    internal BusinessCalendar(
        string id,
        DateTimeZone zone,
        OpeningHours[][] weekly,
        LocalDate[] holidays,
        HolidaySet[] holidaySets,
        Dictionary<LocalDate, OpeningHours[]> overrides,
        int initialDays = DefaultInitialDays)
    {
        Id = id;
        Zone = zone;
        _weekly = weekly;
        _weeklySorted = [.. weekly.Select(SortByStart)];
        _holidays = holidays;
        Holidays = Array.AsReadOnly(holidays);
        _holidayLookup = [.. holidays];
        _holidaySets = holidaySets;
        HolidaySets = Array.AsReadOnly(holidaySets);
        _overrides = overrides;
        _overridesSorted = overrides.ToDictionary(o => o.Key, o => SortByStart(o.Value));
        _overridesView = new ReadOnlyDictionary<LocalDate, IReadOnlyList<OpeningHours>>(
            overrides.ToDictionary(o => o.Key, o => (IReadOnlyList<OpeningHours>)Array.AsReadOnly(o.Value)));
        _openForeverFrom = OpenForeverFrom();
        _initialDays = initialDays;
    }

    /// <summary>Gets a calendar open all the time (24/7), with id <c>always-open</c>, in UTC; for targets in calendar hours.</summary>
    public static BusinessCalendar AlwaysOpen { get; } = CreateAlwaysOpen();

    /// <summary>Gets the calendar's id.</summary>
    public string Id { get; }

    /// <summary>Gets the time zone of the hours, holidays and overrides.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the calendar's own holidays (not those of its <see cref="HolidaySets"/>), sorted.</summary>
    public IReadOnlyList<LocalDate> Holidays { get; }

    /// <summary>Gets the shared holiday sets the calendar closes on, in the order added.</summary>
    public IReadOnlyList<HolidaySet> HolidaySets { get; }

    /// <summary>Gets the dated overrides: each date's own hours, an empty list when the date is closed.</summary>
    public IReadOnlyDictionary<LocalDate, IReadOnlyList<OpeningHours>> DateOverrides => _overridesView;

    /// <summary>Starts building a calendar.</summary>
    /// <param name="id">The calendar's id, e.g. <c>support-ny</c>.</param>
    /// <param name="zone">The time zone of its hours.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="zone"/> is <see langword="null"/>.</exception>
    public static BusinessCalendarBuilder Create(string id, DateTimeZone zone) => new(id, zone);

    /// <summary>Gets the weekly hours of <paramref name="day"/>, in the order they were added.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The hours; empty if the day is closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public IReadOnlyList<OpeningHours> WeeklyHours(IsoDayOfWeek day)
    {
        Guard.Against.InvalidDayOfWeek(day);
        return Array.AsReadOnly(_weekly[(int)day - 1]);
    }

    /// <summary>
    /// Adds business time: the earliest instant <c>t &gt;= start</c> with <c>Between(start, t) == duration</c>.
    /// <c>Add(start, Duration.Zero)</c> is <paramref name="start"/>; an add that uses up the duration exactly
    /// at a closing returns that closing (not the next opening).
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="duration">The business time to add; not negative.</param>
    /// <returns>The instant at which <paramref name="duration"/> of open time has passed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, or an instant is outside the supported range.</exception>
    public Instant Add(Instant start, Duration duration)
    {
        // The fast path, for whole ticks (instants from real systems are whole ticks or coarser) and an index
        // already compiled around the start; the rest, and the errors, take the general path.
        var index = Volatile.Read(ref _index);
        if (index is not null && duration > Duration.Zero)
        {
            var ticks = Ticks(start, out var subTick);
            var durationTicks = Ticks(duration, out var durationSubTick);
            if ((subTick | durationSubTick) == 0 && TryAddWholeTicks(index, ticks, durationTicks, out var resultTicks))
            {
                return Instant.FromUnixTimeTicks(resultTicks);
            }
        }

        return AddExactly(start, duration);
    }

    /// <summary>
    /// Subtracts business time: the latest instant <c>s &lt;= end</c> with <c>Between(s, end) == duration</c>.
    /// <c>Subtract(end, Duration.Zero)</c> is <paramref name="end"/>.
    /// </summary>
    /// <param name="end">The instant to count back from.</param>
    /// <param name="duration">The business time to subtract; not negative.</param>
    /// <returns>The latest instant from which <paramref name="duration"/> of open time passes until <paramref name="end"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, or an instant is outside the supported range.</exception>
    public Instant Subtract(Instant end, Duration duration) => Move(end, duration, forward: false);

    /// <summary>
    /// Measures business time: the sum of the physical durations of the open intervals inside
    /// [<paramref name="start"/>, <paramref name="end"/>); negative (the same amount) if <paramref name="end"/>
    /// is before <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The start, inclusive.</param>
    /// <param name="end">The end, exclusive.</param>
    /// <returns>The open time between the two instants.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Duration Between(Instant start, Instant end)
    {
        if (end < start)
        {
            return -Between(end, start);
        }

        var startTicks = Split(start, out var startSubTick);
        var endTicks = Split(end, out var endSubTick);
        var ticks = OpenTicks(startTicks, endTicks, out var startOpen, out var endOpen);
        var nanoseconds = (endOpen ? endSubTick : 0) - (startOpen ? startSubTick : 0);
        var result = Duration.FromTicks(ticks);
        return nanoseconds == 0 ? result : result + Duration.FromNanoseconds(nanoseconds);
    }

    /// <summary>Tells whether <paramref name="instant"/> lies in an open interval <c>[opening, closing)</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> if open; a closing instant is closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the supported range.</exception>
    public bool IsOpen(Instant instant)
    {
        var ticks = Split(instant, out _);
        return Covering(ticks, ticks).IsOpen(ticks);
    }

    /// <summary>Finds the next opening: <paramref name="instant"/> itself if open, else the start of the next open interval.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The first open instant at or after <paramref name="instant"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Instant NextOpening(Instant instant)
    {
        var ticks = Split(instant, out _);
        var opening = NextOpeningTicks(ticks);
        return opening == ticks ? instant : Instant.FromUnixTimeTicks(opening);
    }

    /// <summary>
    /// Finds the next closing: the end of the open interval containing <paramref name="instant"/>, or of
    /// the next one if it is closed. <see cref="Instant.MaxValue"/> if the calendar never closes again
    /// (a 24/7 calendar such as <see cref="AlwaysOpen"/>).
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The closing, an instant after <paramref name="instant"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Instant NextClosing(Instant instant)
    {
        var ticks = Split(instant, out _);
        var index = Covering(ticks, ticks);
        long closing;
        while (!index.TryNextClosing(ticks, out closing))
        {
            if (_openForeverFrom is { } from && index.ValidEnd >= CalendarIndex.UtcMidnightTicks(from.PlusDays(1)))
            {
                return Instant.MaxValue;
            }

            index = Later(index, nameof(instant));
        }

        return Instant.FromUnixTimeTicks(closing);
    }

    /// <summary>Lists the open intervals inside [<paramref name="start"/>, <paramref name="end"/>), clipped to it, in order.</summary>
    /// <param name="start">The start, inclusive.</param>
    /// <param name="end">The end, exclusive; not before <paramref name="start"/>.</param>
    /// <returns>The open intervals; adjacent hours (an overnight shift and the next morning's) are one interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an instant is outside the supported range.</exception>
    public IReadOnlyList<Interval> OpenIntervals(Instant start, Instant end)
    {
        Guard.Against.Reversed(start, end);
        var startTicks = Split(start, out _);
        var endTicks = Split(end, out var endSubTick);
        var index = Covering(startTicks, endTicks);
        var intervals = new List<Interval>();
        index.AddIntervals(intervals, start, end, startTicks, endSubTick == 0 ? endTicks : endTicks + 1);
        return intervals.AsReadOnly();
    }

    /// <summary>Compares id, zone, weekly hours (in any order of adding), holidays, holiday sets and overrides.</summary>
    /// <param name="other">The other calendar.</param>
    /// <returns><see langword="true"/> if both define the same calendar.</returns>
    public bool Equals(BusinessCalendar? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && Zone.Id == other.Zone.Id
            && _weeklySorted.Zip(other._weeklySorted).All(p => p.First.AsSpan().SequenceEqual(p.Second))
            && _holidays.AsSpan().SequenceEqual(other._holidays)
            && _holidaySets.Length == other._holidaySets.Length && _holidaySets.All(other._holidaySets.Contains)
            && _overridesSorted.Count == other._overridesSorted.Count
            && _overridesSorted.All(o => other._overridesSorted.TryGetValue(o.Key, out var hours) && o.Value.AsSpan().SequenceEqual(hours));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Zone.Id, _holidays.Length, _overrides.Count);

    /// <summary>Describes the calendar, e.g. <c>support-ny (America/New_York): Mon-Fri 09:00-17:00; 10 holidays; 1 override</c>.</summary>
    /// <returns>The id, zone, weekly hours and the number of holidays and overrides.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Id).Append(" (").Append(Zone.Id).Append("): ");
        var groups = 0;
        for (var day = 0; day < 7;)
        {
            var last = day;
            while (last + 1 < 7 && _weeklySorted[last + 1].AsSpan().SequenceEqual(_weeklySorted[day]))
            {
                last++;
            }

            if (_weeklySorted[day].Length > 0)
            {
                text.Append(groups++ > 0 ? ", " : string.Empty).Append(CalendarText.Day((IsoDayOfWeek)(day + 1)));
                if (last > day)
                {
                    text.Append('-').Append(CalendarText.Day((IsoDayOfWeek)(last + 1)));
                }

                text.Append(' ').AppendJoin(", ", _weeklySorted[day]);
            }

            day = last + 1;
        }

        if (_holidays.Length > 0)
        {
            text.Append("; ").Append(CalendarText.Count(_holidays.Length, "holiday"));
        }

        if (_holidaySets.Length > 0)
        {
            text.Append(_holidaySets.Length == 1 ? "; holiday set " : "; holiday sets ").AppendJoin(", ", _holidaySets.Select(s => s.Name));
        }

        if (_overrides.Count > 0)
        {
            text.Append("; ").Append(CalendarText.Count(_overrides.Count, "override"));
        }

        return text.ToString();
    }

    // The same arithmetic in ticks since the Unix epoch, for instants and durations that are whole ticks: the SLA engine
    // measures in ticks when every instant of an evaluation is one, and so skips the conversions from and to NodaTime's
    // nanoseconds in each call.

    /// <summary>Gets <see cref="Between"/> for whole ticks: the open ticks inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    internal long BetweenTicks(long start, long end) =>
        end < start ? -BetweenTicks(end, start) : OpenTicks(Supported(start), Supported(end), out _, out _);

    /// <summary>Gets <see cref="Add"/> for whole ticks: the instant at which <paramref name="duration"/> ticks of open time have passed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, or an instant is outside the supported range.</exception>
    internal long AddTicks(long start, long duration)
    {
        var index = Volatile.Read(ref _index);
        return index is not null && duration > 0 && TryAddWholeTicks(index, start, duration, out var resultTicks)
            ? resultTicks
            : AddExactly(Instant.FromUnixTimeTicks(start), Duration.FromTicks(duration)).ToUnixTimeTicks();
    }

    /// <summary>Gets <see cref="NextOpening"/> for whole ticks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    internal long NextOpeningTicks(long ticks)
    {
        var index = Covering(Supported(ticks), ticks);
        long opening;
        while (!index.TryNextOpening(ticks, out opening))
        {
            index = Later(index, "instant");
        }

        return opening;
    }

    /// <summary>Gets the hours that apply on <paramref name="date"/>, sorted by start: its override, none on a holiday, else its weekly hours.</summary>
    internal ReadOnlySpan<OpeningHours> HoursOn(LocalDate date)
    {
        if (_overridesSorted.Count > 0 && _overridesSorted.TryGetValue(date, out var hours))
        {
            return hours;
        }

        return IsHoliday(date) ? [] : _weeklySorted[(int)date.DayOfWeek - 1];
    }

    /// <summary>Gets a copy of this calendar with a fresh, empty index that first compiles <paramref name="initialDays"/> days (for tests of index growth).</summary>
    internal BusinessCalendar WithFreshIndex(int initialDays) =>
        new(Id, Zone, _weekly, _holidays, _holidaySets, _overrides, initialDays);

    /// <summary>Compiles the index for at least the local dates [<paramref name="from"/>, <paramref name="to"/>] (for tests and warm-up).</summary>
    internal void Precompile(LocalDate from, LocalDate to) =>
        Covering(CalendarIndex.UtcMidnightTicks(from), CalendarIndex.UtcMidnightTicks(to));

    /// <summary>Gets the index currently published, if any (for tests).</summary>
    internal CalendarIndex? CurrentIndex => Volatile.Read(ref _index);

    private const int NanosecondsPerTick = (int)NodaConstants.NanosecondsPerTick;

    // Add (forward) or Subtract: the two mirror each other.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Instant Move(Instant from, Duration duration, bool forward)
    {
        var ticks = Split(from, out var subTick);
        if (duration <= Duration.Zero)
        {
            Guard.Against.Negative(duration);
            return from;
        }

        var durationTicks = Ticks(duration, out var durationSubTick);
        if (forward ? durationTicks > MaxSupportedTicks - ticks : durationTicks > ticks - MinSupportedTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The result would be outside the range a business calendar can compute.");
        }

        var index = Covering(ticks, ticks);
        long resultTicks;
        int resultSubTick;
        while (forward
            ? !index.TryAdd(ticks, subTick, durationTicks, durationSubTick, out resultTicks, out resultSubTick)
            : !index.TrySubtract(ticks, subTick, durationTicks, durationSubTick, out resultTicks, out resultSubTick))
        {
            index = forward ? Later(index, nameof(duration)) : Earlier(index, nameof(duration));
        }

        return Shift(from, ticks, subTick, resultTicks, resultSubTick);
    }

    // Add's general path, out of line so that the fast path keeps a small frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant AddExactly(Instant start, Duration duration) => Move(start, duration, forward: true);

    private static BusinessCalendar CreateAlwaysOpen()
    {
        var builder = Create("always-open", DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.WithWeeklyHours(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        return builder.Build();
    }

    private static OpeningHours[] SortByStart(OpeningHours[] hours) => [.. hours.OrderBy(h => h.Start).ThenBy(h => h.End)];

    // Ticks since the Unix epoch (floored) and the nanoseconds beyond them; throws outside the supported range.
    private static long Split(Instant instant, out int subTick)
    {
        var ticks = Ticks(instant, out subTick);
        return IsSupported(ticks) ? ticks : throw OutOfRange(instant);
    }

    private static long Supported(long ticks) => IsSupported(ticks) ? ticks : throw OutOfRange(Instant.FromUnixTimeTicks(ticks));

    private static bool IsSupported(long ticks) => ticks >= MinSupportedTicks && ticks <= MaxSupportedTicks;

    private static ArgumentOutOfRangeException OutOfRange(Instant instant) =>
        new(nameof(instant), instant, "The instant is outside the range a business calendar can compute.");

    // The open ticks in [startTicks, endTicks), and whether the ticks at either end are open (for their nanoseconds).
    private long OpenTicks(long startTicks, long endTicks, out bool startOpen, out bool endOpen)
    {
        var index = Covering(startTicks, endTicks);
        return index.OpenBefore(endTicks, out endOpen) - index.OpenBefore(startTicks, out startOpen);
    }

    // Add's fast path: whole ticks, more than none, from a start inside the index already compiled.
    private static bool TryAddWholeTicks(CalendarIndex index, long ticks, long durationTicks, out long resultTicks)
    {
        resultTicks = 0;
        return index.Covers(ticks) && index.TryAdd(ticks, 0, durationTicks, 0, out resultTicks, out _);
    }

    // Through the duration since the epoch: its whole days and nanoseconds of the day are public and cheap to
    // read, cheaper than seconds and nanoseconds.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Ticks(Instant instant, out int subTick) => Ticks(instant - NodaConstants.UnixEpoch, out subTick);

    // Ticks (floored) and the nanoseconds beyond them. Days are truncated towards zero and the nanoseconds of the
    // day have the duration's sign, so the nanoseconds are floored here: a day is a whole number of ticks.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Ticks(Duration duration, out int subTick)
    {
        var ticks = Math.DivRem(duration.NanosecondOfDay, NanosecondsPerTick, out var rest);
        if (rest < 0)
        {
            ticks--;
            rest += NanosecondsPerTick;
        }

        subTick = (int)rest;
        return (duration.Days * NodaConstants.TicksPerDay) + ticks;
    }

    // The instant at resultTicks plus resultSubTick nanoseconds, from a known one (cheaper than from the epoch).
    private static Instant Shift(Instant from, long fromTicks, int fromSubTick, long resultTicks, int resultSubTick)
    {
        var result = from.PlusTicks(resultTicks - fromTicks);
        return resultSubTick == fromSubTick ? result : result.PlusNanoseconds(resultSubTick - fromSubTick);
    }

    private bool IsHoliday(LocalDate date)
    {
        if (_holidayLookup.Contains(date))
        {
            return true;
        }

        foreach (var set in _holidaySets)
        {
            if (set.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    // From which date on the calendar is open without a break for ever: when the weekly hours cover the
    // whole week and no holiday or override comes later. Null if it never is.
    private LocalDate? OpenForeverFrom()
    {
        const long week = 7 * NodaConstants.NanosecondsPerDay;
        var pieces = new List<(long Start, long End)>();
        for (var day = 0; day < 7; day++)
        {
            foreach (var hours in _weekly[day])
            {
                var start = (day * NodaConstants.NanosecondsPerDay) + hours.Start.NanosecondOfDay;
                var end = (day * NodaConstants.NanosecondsPerDay) + hours.EndNanosecondOfStartDay;
                pieces.Add((start, Math.Min(end, week)));
                if (end > week)
                {
                    pieces.Add((0, end - week));
                }
            }
        }

        long covered = 0;
        foreach (var (start, end) in pieces.OrderBy(p => p.Start))
        {
            if (start > covered)
            {
                return null;
            }

            covered = Math.Max(covered, end);
        }

        if (covered < week || _holidaySets.Any(s => s.Yearly.Any(y => y.LastYear is null)))
        {
            return null;
        }

        var last = MinFirstDate;
        foreach (var date in _holidays.Concat(_overrides.Keys).Concat(_holidaySets.SelectMany(s => s.Dates)))
        {
            last = LocalDate.Max(last, date);
        }

        foreach (var yearly in _holidaySets.SelectMany(s => s.Yearly))
        {
            last = LocalDate.Max(last, new LocalDate(yearly.LastYear!.Value, 12, 31));
        }

        return last.PlusDays(1);
    }

    private CalendarIndex Covering(long lowTicks, long highTicks)
    {
        var index = Volatile.Read(ref _index);
        return index is not null && lowTicks >= index.ValidStart && highTicks < index.ValidEnd
            ? index
            : Grow(lowTicks, highTicks, null);
    }

    private CalendarIndex Later(CalendarIndex index, string parameterName) => Grow(index.ValidStart, index.ValidEnd, parameterName);

    private CalendarIndex Earlier(CalendarIndex index, string parameterName) => Grow(index.ValidStart - 1, index.ValidEnd - 1, parameterName);

    // Publishes an index that answers for [lowTicks, highTicks]: at least the dates needed, grown by at least
    // its current size in the direction needed so that a series of growths costs O(final size).
    private CalendarIndex Grow(long lowTicks, long highTicks, string? parameterName)
    {
        if (lowTicks < MinSupportedTicks || highTicks > MaxSupportedTicks)
        {
            throw new ArgumentOutOfRangeException(parameterName ?? "instant", "The result would be outside the range a business calendar can compute.");
        }

        lock (_gate)
        {
            var index = _index;
            if (index is not null && lowTicks >= index.ValidStart && highTicks < index.ValidEnd)
            {
                return index;
            }

            // Within the supported range these stay within [MinFirstDate, MaxEndDate].
            var needFirst = CalendarIndex.UtcDate(lowTicks).PlusDays(-2);
            var needEnd = CalendarIndex.UtcDate(highTicks).PlusDays(2);
            LocalDate first, end;
            if (index is null)
            {
                first = PlusDaysWithin(needFirst, -_initialDays / 3);
                end = PlusDaysWithin(needEnd, _initialDays - (_initialDays / 3));
            }
            else
            {
                var growth = Math.Max(Period.DaysBetween(index.FirstDate, index.EndDate), _initialDays);
                first = needFirst < index.FirstDate ? LocalDate.Min(needFirst, PlusDaysWithin(index.FirstDate, -growth)) : index.FirstDate;
                end = needEnd > index.EndDate ? LocalDate.Max(needEnd, PlusDaysWithin(index.EndDate, growth)) : index.EndDate;
            }

            index = CalendarIndex.Compile(this, first, end);
            Volatile.Write(ref _index, index);
            return index;
        }
    }

    private static LocalDate PlusDaysWithin(LocalDate date, int days) => days < 0
        ? (Period.DaysBetween(MinFirstDate, date) <= -days ? MinFirstDate : date.PlusDays(days))
        : (Period.DaysBetween(date, MaxEndDate) <= days ? MaxEndDate : date.PlusDays(days));
}
