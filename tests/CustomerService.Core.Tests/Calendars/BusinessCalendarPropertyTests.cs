using System;
using System.Linq;
using CsCheck;
using CustomerService.Core.Calendars;
using NodaTime;
using static CustomerService.Core.Tests.Calendars.CalendarGenerators;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>
/// The laws of SLA-SEMANTICS.md §1 over generated calendars (split and overnight shifts, holidays,
/// holiday sets, overrides, zones with daylight saving) and instants over several years, and exact
/// agreement with the independent <see cref="ReferenceCalendar"/>.
/// </summary>
public sealed class BusinessCalendarPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Add_AgreesWithTheReference_AndBetweenGivesTheDurationBack()
    {
        Gen.Select(ValidCalendars, Instants, Durations).Sample(
            (calendar, start, duration) =>
            {
                var due = calendar.Add(start, duration);

                due.Should().Be(new ReferenceCalendar(calendar).Add(start, duration));
                due.Should().BeGreaterThanOrEqualTo(start);
                calendar.Between(start, due).Should().Be(duration);
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void Subtract_AgreesWithTheReference_AndUndoesAdd()
    {
        Gen.Select(ValidCalendars, Instants, Durations).Sample(
            (calendar, end, duration) =>
            {
                var from = calendar.Subtract(end, duration);

                from.Should().Be(new ReferenceCalendar(calendar).Subtract(end, duration));
                calendar.Between(from, end).Should().Be(duration);
                calendar.Add(from, duration).Should().BeLessThanOrEqualTo(end);

                // §1's law Subtract(Add(s, d), d) <= s holds when s is open; from closed time Add counts from
                // the next opening, and the latest instant with the same open time before the result is that opening.
                var roundTrip = calendar.Subtract(calendar.Add(end, duration), duration);
                roundTrip.Should().Be(duration == Duration.Zero ? end : calendar.NextOpening(end));
                if (calendar.IsOpen(end))
                {
                    roundTrip.Should().BeLessThanOrEqualTo(end);
                }
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void Between_AgreesWithTheReference_IsAdditive_AndAtMostTheElapsedTime()
    {
        Gen.Select(ValidCalendars, Instants, Instants, Instants).Sample(
            (calendar, a, b, c) =>
            {
                var ab = calendar.Between(a, b);

                ab.Should().Be(new ReferenceCalendar(calendar).Between(a, b));
                (ab + calendar.Between(b, c)).Should().Be(calendar.Between(a, c));
                calendar.Between(b, a).Should().Be(-ab);
                if (a <= b)
                {
                    ab.Should().BeGreaterThanOrEqualTo(Duration.Zero).And.BeLessThanOrEqualTo(b - a);
                }
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void Add_IsMonotonicInBothArguments()
    {
        Gen.Select(ValidCalendars, Instants, Instants, Durations, Durations).Sample(
            (calendar, s1, s2, d1, d2) =>
            {
                var (early, late) = s1 <= s2 ? (s1, s2) : (s2, s1);
                var (short_, long_) = d1 <= d2 ? (d1, d2) : (d2, d1);

                calendar.Add(early, short_).Should().BeLessThanOrEqualTo(calendar.Add(late, short_));
                calendar.Add(early, short_).Should().BeLessThanOrEqualTo(calendar.Add(early, long_));
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void LongAddsAndSubtracts_EqualTheirStepsAddedUp()
    {
        // Long jumps take the index's search path; the short steps its neighbour path.
        var longDurations = Gen.Long[0, 5000 * NodaConstants.MinutesPerHour].Select(Duration.FromMinutes);
        Gen.Select(ValidCalendars, Instants, longDurations, Durations).Sample(
            (calendar, t, d1, d2) =>
            {
                var due = calendar.Add(t, d1 + d2);

                due.Should().Be(calendar.Add(calendar.Add(t, d1), d2));
                calendar.Between(t, due).Should().Be(d1 + d2);
                calendar.Subtract(t, d1 + d2).Should().Be(calendar.Subtract(calendar.Subtract(t, d1), d2));
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void IsOpen_NextOpening_NextClosing_AgreeWithTheReference()
    {
        Gen.Select(ValidCalendars, Instants).Sample(
            (calendar, t) =>
            {
                var reference = new ReferenceCalendar(calendar);
                var opening = calendar.NextOpening(t);
                var closing = calendar.NextClosing(t);

                calendar.IsOpen(t).Should().Be(reference.IsOpen(t));
                opening.Should().Be(reference.NextOpening(t));
                closing.Should().Be(reference.NextClosing(t));
                calendar.IsOpen(opening).Should().BeTrue();
                (opening == t).Should().Be(calendar.IsOpen(t));
                closing.Should().BeGreaterThan(opening);
                if (closing != Instant.MaxValue)
                {
                    calendar.IsOpen(closing).Should().BeFalse("the closing instant is closed");
                }
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void OpenIntervals_AgreeWithTheReference_AndSumToBetween()
    {
        Gen.Select(ValidCalendars, Instants, Gen.Int[0, 20 * 24 * 60]).Sample(
            (calendar, a, minutes) =>
            {
                var b = a + Duration.FromMinutes(minutes);

                var intervals = calendar.OpenIntervals(a, b);

                intervals.Should().Equal(new ReferenceCalendar(calendar).OpenIntervals(a, b));
                intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration).Should().Be(calendar.Between(a, b));
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void Answers_DoNotDependOnHowMuchOfTheIndexWasCompiled()
    {
        var queries = Gen.Select(Instants, Durations).Array[1, 12];
        Gen.Select(ValidCalendars, Gen.Int[1, 60], queries).Sample(
            (calendar, initialDays, points) =>
            {
                var small = calendar.WithFreshIndex(initialDays);
                var large = calendar.WithFreshIndex(initialDays);
                large.Precompile(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31));

                foreach (var (t, d) in points)
                {
                    small.Add(t, d).Should().Be(large.Add(t, d));
                    small.Subtract(t, d).Should().Be(large.Subtract(t, d));
                    small.Between(t, t + d).Should().Be(large.Between(t, t + d));
                    small.NextClosing(t).Should().Be(large.NextClosing(t));
                }
            },
            iter: MutationRun.Iter(Iterations) / 2,
            print: t => Print(t.Item1, t.Item2, t.Item3));
    }

    [Fact]
    public void TickApi_AgreesExactlyWithThePublicApi()
    {
        // The SLA engine measures in ticks only when every instant is a whole tick: the generated instants (some with
        // nanoseconds beyond the tick) are floored to ticks, and the tick API must answer as the public API does for those.
        // The tick API is asked first, on a calendar whose index is not compiled yet, so that its general path is exercised too.
        Gen.Select(ValidCalendars, Instants, Instants, Durations).Sample(
            (calendar, a, b, duration) =>
            {
                long aTicks = a.ToUnixTimeTicks(), bTicks = b.ToUnixTimeTicks(), durationTicks = duration.BclCompatibleTicks;
                var added = calendar.AddTicks(aTicks, durationTicks);
                var between = calendar.BetweenTicks(aTicks, bTicks);
                var opening = calendar.NextOpeningTicks(bTicks);

                var wholeA = Instant.FromUnixTimeTicks(aTicks);
                var wholeB = Instant.FromUnixTimeTicks(bTicks);
                added.Should().Be(calendar.Add(wholeA, Duration.FromTicks(durationTicks)).ToUnixTimeTicks());
                Duration.FromTicks(between).Should().Be(calendar.Between(wholeA, wholeB));
                opening.Should().Be(calendar.NextOpening(wholeB).ToUnixTimeTicks());
            },
            iter: MutationRun.Iter(Iterations),
            print: Print);
    }

    [Fact]
    public void TickApi_OutsideTheSupportedRange_Throws()
    {
        var calendar = BusinessCalendar.AlwaysOpen;
        var tooEarly = Instant.FromUtc(-9998, 1, 1, 0, 0).ToUnixTimeTicks();

        ((Action)(() => calendar.BetweenTicks(tooEarly, 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => calendar.NextOpeningTicks(tooEarly))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => calendar.AddTicks(tooEarly, NodaConstants.TicksPerHour))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => calendar.AddTicks(0, -1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static string Print<T1, T2>((T1, T2) t) => $"{Describe((BusinessCalendar)(object)t.Item1!)} | {t.Item2}";

    private static string Print<T1, T2, T3>((T1, T2, T3) t) => Print(t.Item1, t.Item2, t.Item3);

    private static string Print<T1, T2, T3, T4>((T1, T2, T3, T4) t) => $"{Print(t.Item1, t.Item2, t.Item3)} | {t.Item4}";

    private static string Print<T1, T2, T3, T4, T5>((T1, T2, T3, T4, T5) t) => $"{Print(t.Item1, t.Item2, t.Item3)} | {t.Item4} | {t.Item5}";

    private static string Print(object? calendar, object? second, object? third) =>
        $"{Describe((BusinessCalendar)calendar!)} | {Format(second)} | {Format(third)}";

    private static string Format(object? value) => value switch
    {
        Array array => string.Join(", ", array.Cast<object>()),
        _ => value?.ToString() ?? "null",
    };
}
