using System.Numerics;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// The time the measuring counts in: one type for instants (since the Unix epoch) and durations, with the calendar's
/// arithmetic. <see cref="TickTime"/> when every instant and amount of an evaluation is a whole tick (those from real
/// systems are), <see cref="ExactTime"/> (NodaTime's nanoseconds) otherwise; the measuring is written once for both.
/// </summary>
internal interface IMeasuringTime<T> : IComparisonOperators<T, T, bool>, IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>
    where T : struct, IMeasuringTime<T>
{
    static abstract T Zero { get; }

    /// <summary>Gets the time that stands for "never" (<see cref="Instant.MaxValue"/>).</summary>
    static abstract T Never { get; }

    static abstract T Of(Instant instant);

    static abstract T Of(Duration duration);

    static abstract T From(in SegmentRecord segment);

    static abstract T To(in SegmentRecord segment);

    /// <summary>Gets the open time of [<paramref name="from"/>, <paramref name="to"/>), from <paramref name="remembered"/> if it was measured there last.</summary>
    static abstract T Between(BusinessCalendar calendar, ref MeasuredSpan remembered, T from, T to);

    static abstract T Add(BusinessCalendar calendar, T from, T amount);

    static abstract T NextOpening(BusinessCalendar calendar, T instant);

    static virtual T Min(T a, T b) => a < b ? a : b;

    static virtual T Max(T a, T b) => a > b ? a : b;

    Instant ToInstant();

    Duration ToDuration();
}

/// <summary>Time in ticks (100 ns) since the Unix epoch: plain <see langword="long"/> arithmetic and the calendar's tick API.</summary>
internal readonly record struct TickTime(long Ticks) : IMeasuringTime<TickTime>
{
    // Amounts beyond this are not whole ticks a calendar could add (about 14,600 years: more than its range).
    private static readonly Duration Largest = Duration.FromTicks(long.MaxValue / 2);

    public static TickTime Zero => default;

    public static TickTime Never => new(long.MaxValue);

    public static TickTime Of(Instant instant) => new(instant.ToUnixTimeTicks());

    public static TickTime Of(Duration duration) => new(duration.BclCompatibleTicks);

    public static TickTime From(in SegmentRecord segment) => new(segment.FromTicks);

    public static TickTime To(in SegmentRecord segment) => new(segment.ToTicks);

    /// <summary>Whether <paramref name="instant"/> is a whole tick, so that <see cref="Of(Instant)"/> is exact.</summary>
    public static bool IsWhole(Instant instant) => (instant - NodaConstants.UnixEpoch).NanosecondOfDay % NodaConstants.NanosecondsPerTick == 0;

    /// <summary>Whether <paramref name="duration"/> is a whole number of ticks a calendar can add, so that <see cref="Of(Duration)"/> is exact.</summary>
    public static bool IsWhole(Duration duration) =>
        duration.NanosecondOfDay % NodaConstants.NanosecondsPerTick == 0 && duration >= -Largest && duration <= Largest;

    public static TickTime Between(BusinessCalendar calendar, ref MeasuredSpan remembered, TickTime from, TickTime to) =>
        new(remembered.Between(calendar, from.Ticks, to.Ticks));

    public static TickTime Add(BusinessCalendar calendar, TickTime from, TickTime amount) => new(calendar.AddTicks(from.Ticks, amount.Ticks));

    public static TickTime NextOpening(BusinessCalendar calendar, TickTime instant) => new(calendar.NextOpeningTicks(instant.Ticks));

    public static bool operator <(TickTime left, TickTime right) => left.Ticks < right.Ticks;

    public static bool operator >(TickTime left, TickTime right) => left.Ticks > right.Ticks;

    public static bool operator <=(TickTime left, TickTime right) => left.Ticks <= right.Ticks;

    public static bool operator >=(TickTime left, TickTime right) => left.Ticks >= right.Ticks;

    public static TickTime operator +(TickTime left, TickTime right) => new(left.Ticks + right.Ticks);

    public static TickTime operator -(TickTime left, TickTime right) => new(left.Ticks - right.Ticks);

    public Instant ToInstant() => Ticks == long.MaxValue ? Instant.MaxValue : Instant.FromUnixTimeTicks(Ticks);

    public Duration ToDuration() => Duration.FromTicks(Ticks);
}

/// <summary>Time as NodaTime's nanoseconds since the Unix epoch: exact for any instant, through the calendar's public API.</summary>
internal readonly record struct ExactTime(Duration SinceEpoch) : IMeasuringTime<ExactTime>
{
    public static ExactTime Zero => default;

    public static ExactTime Never => Of(Instant.MaxValue);

    public static ExactTime Of(Instant instant) => new(instant - NodaConstants.UnixEpoch);

    public static ExactTime Of(Duration duration) => new(duration);

    public static ExactTime From(in SegmentRecord segment) => Of(segment.From);

    public static ExactTime To(in SegmentRecord segment) => Of(segment.To);

    // Rare enough (instants with nanoseconds beyond the tick) not to need the remembered open times.
    public static ExactTime Between(BusinessCalendar calendar, ref MeasuredSpan remembered, ExactTime from, ExactTime to) =>
        new(calendar.Between(from.ToInstant(), to.ToInstant()));

    public static ExactTime Add(BusinessCalendar calendar, ExactTime from, ExactTime amount) => Of(calendar.Add(from.ToInstant(), amount.SinceEpoch));

    public static ExactTime NextOpening(BusinessCalendar calendar, ExactTime instant) => Of(calendar.NextOpening(instant.ToInstant()));

    public static bool operator <(ExactTime left, ExactTime right) => left.SinceEpoch < right.SinceEpoch;

    public static bool operator >(ExactTime left, ExactTime right) => left.SinceEpoch > right.SinceEpoch;

    public static bool operator <=(ExactTime left, ExactTime right) => left.SinceEpoch <= right.SinceEpoch;

    public static bool operator >=(ExactTime left, ExactTime right) => left.SinceEpoch >= right.SinceEpoch;

    public static ExactTime operator +(ExactTime left, ExactTime right) => new(left.SinceEpoch + right.SinceEpoch);

    public static ExactTime operator -(ExactTime left, ExactTime right) => new(left.SinceEpoch - right.SinceEpoch);

    public Instant ToInstant() => NodaConstants.UnixEpoch + SinceEpoch;

    public Duration ToDuration() => SinceEpoch;
}
