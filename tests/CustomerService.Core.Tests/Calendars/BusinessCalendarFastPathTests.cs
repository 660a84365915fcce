using System;
using CsCheck;
using CustomerService.Core.Calendars;
using NodaTime;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>
/// The edges of <c>Add</c>'s fast path (whole ticks, an index already compiled around the start) and of the
/// open-time buckets that find the target interval: each answer computed by hand and checked on a cold
/// calendar (the first call compiles and takes the general path) and on a warm one (the fast path).
/// </summary>
public sealed class BusinessCalendarFastPathTests
{
    // Mon-Fri 09:00-17:00 in UTC; 2025-03-03 is a Monday.
    private static readonly BusinessCalendar NineToFive = BusinessCalendarWorkedExampleTests.WeekdaysUtc(9, 17);

    [Fact]
    public void Add_FromAnOpenInstantWithNanosecondsBeyondItsTick_KeepsThem()
    {
        var start = Utc(3, 3, 10, 0).PlusNanoseconds(50);

        ForColdAndWarm(NineToFive, calendar => calendar.Add(start, Duration.FromHours(9)).Should().Be(Utc(3, 4, 11, 0).PlusNanoseconds(50)));
    }

    [Fact]
    public void Add_FromAnOpenInstantWithNanoseconds_ThatWouldEndPastAClosing_GoesOnAtTheNextOpening()
    {
        // From 16:00:00.00000005 one hour is 50 ns short at 17:00: they are counted from the next opening.
        var start = Utc(3, 3, 16, 0).PlusNanoseconds(50);

        ForColdAndWarm(NineToFive, calendar => calendar.Add(start, Duration.FromHours(1)).Should().Be(Utc(3, 4, 9, 0).PlusNanoseconds(50)));
    }

    [Fact]
    public void Add_FromAClosedInstantWithNanoseconds_CountsFromTheOpening_WithoutThem()
    {
        var saturday = Utc(3, 8, 12, 0).PlusNanoseconds(50);

        ForColdAndWarm(NineToFive, calendar => calendar.Add(saturday, Duration.FromHours(1)).Should().Be(Utc(3, 10, 10, 0)));
    }

    [Fact]
    public void Add_OfADurationWithNanosecondsBeyondItsTick_EndsWithThem()
    {
        var duration = Duration.FromHours(8) + Duration.FromNanoseconds(30);

        ForColdAndWarm(NineToFive, calendar =>
        {
            calendar.Add(Utc(3, 3, 10, 0), duration).Should().Be(Utc(3, 4, 10, 0).PlusNanoseconds(30));
            calendar.Add(Utc(3, 3, 9, 0), duration).Should().Be(Utc(3, 4, 9, 0).PlusNanoseconds(30), "8 h end at the closing, the 30 ns after the next opening");
        });
    }

    [Fact]
    public void Add_EndingExactlyAtAClosing_ReturnsTheClosing()
    {
        ForColdAndWarm(NineToFive, calendar =>
        {
            calendar.Add(Utc(3, 3, 16, 0), Duration.FromHours(1)).Should().Be(Utc(3, 3, 17, 0));
            calendar.Add(Utc(3, 8, 12, 0), Duration.FromHours(8)).Should().Be(Utc(3, 10, 17, 0), "from closed time, a whole day of open time ends at that day's closing");
            calendar.Add(Utc(3, 3, 10, 0), Duration.FromHours(15)).Should().Be(Utc(3, 4, 17, 0));
        });
    }

    [Fact]
    public void Add_FromAClosing_CountsFromTheNextOpening()
    {
        ForColdAndWarm(NineToFive, calendar =>
        {
            calendar.Add(Utc(3, 3, 17, 0), Duration.FromHours(1)).Should().Be(Utc(3, 4, 10, 0));
            calendar.Add(Utc(3, 7, 17, 0), Duration.FromHours(1)).Should().Be(Utc(3, 10, 10, 0), "Friday's closing runs over the weekend");
        });
    }

    [Fact]
    public void Add_FromInsideAHoliday_CountsFromTheNextWorkingDay()
    {
        // Wednesday 2025-03-05 is a holiday.
        var withHoliday = BusinessCalendarWorkedExampleTests.WeekdaysBuilder(DateTimeZone.Utc, 9, 17).WithHoliday(new LocalDate(2025, 3, 5)).Build();

        ForColdAndWarm(withHoliday, calendar =>
        {
            calendar.Add(Utc(3, 5, 12, 0), Duration.FromHours(1)).Should().Be(Utc(3, 6, 10, 0));
            calendar.Add(Utc(3, 4, 16, 0), Duration.FromHours(2)).Should().Be(Utc(3, 6, 10, 0));
        });
    }

    [Fact]
    public void Add_BeforeTheUnixEpoch_WithNanoseconds_IsExact()
    {
        // 1969-12-31 is a Wednesday: the ticks of its instants are negative and floored.
        var start = Instant.FromUtc(1969, 12, 31, 16, 30).PlusNanoseconds(70);

        ForColdAndWarm(NineToFive, calendar =>
        {
            calendar.Add(start, Duration.FromHours(1)).Should().Be(Instant.FromUtc(1970, 1, 1, 9, 30).PlusNanoseconds(70));
            calendar.Add(Instant.FromUtc(1969, 12, 31, 16, 30), Duration.FromHours(1)).Should().Be(Instant.FromUtc(1970, 1, 1, 9, 30));
            calendar.Between(start, Instant.FromUtc(1970, 1, 1, 9, 30)).Should().Be(Duration.FromHours(1) - Duration.FromNanoseconds(70));
        },
        new LocalDate(1969, 6, 1),
        new LocalDate(1970, 6, 1));
    }

    [Fact]
    public void Add_PastTheCompiledEdgeOfTheIndex_ExtendsIt_AndThenStaysFast()
    {
        var calendar = NineToFive.WithFreshIndex(10);
        calendar.IsOpen(Utc(3, 3, 9, 0));
        var first = calendar.CurrentIndex!;

        // 25 working days of 8 h: five weeks, past the ten days compiled.
        calendar.Add(Utc(3, 3, 9, 0), Duration.FromHours(200)).Should().Be(Utc(4, 4, 17, 0));

        var grown = calendar.CurrentIndex!;
        grown.EndDate.Should().BeGreaterThan(first.EndDate);
        calendar.Add(Utc(3, 3, 12, 0), Duration.FromHours(8)).Should().Be(Utc(3, 4, 12, 0));
        calendar.CurrentIndex.Should().BeSameAs(grown, "an add inside the index does not recompile it");
    }

    [Fact]
    public void Add_AcrossManyShortIntervalsInOneBucket_FindsEachOne()
    {
        // Weekdays open all day (one 120 h interval a week) and, on Saturday 2025-03-08, twenty one-minute
        // intervals 10:00-10:01, 10:02-10:03, ...: the average interval is long, so one open-time bucket
        // holds all twenty and the target is found by a search within it.
        var builder = BusinessCalendar.Create("long-and-short", DateTimeZone.Utc);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, LocalTime.Midnight, LocalTime.Midnight);
        }

        var saturday = new LocalDate(2025, 3, 8);
        for (var k = 0; k < 20; k++)
        {
            builder.WithDateOverride(saturday, new LocalTime(10, 2 * k), new LocalTime(10, (2 * k) + 1));
        }

        var definition = builder.Build();
        var fridayEvening = Utc(3, 7, 23, 0);
        var reference = new ReferenceCalendar(definition);

        ForColdAndWarm(definition, calendar =>
        {
            calendar.Add(fridayEvening, Duration.FromHours(1)).Should().Be(Utc(3, 8, 0, 0));
            for (var k = 1; k <= 20; k++)
            {
                var duration = Duration.FromHours(1) + Duration.FromMinutes(k);
                var due = Utc(3, 8, 10, (2 * k) - 1);

                calendar.Add(fridayEvening, duration).Should().Be(due, "the {0}th short interval closes then", k);
                calendar.Add(fridayEvening, duration - Duration.FromSeconds(30)).Should().Be(due - Duration.FromSeconds(30));
                calendar.Subtract(due, duration).Should().Be(fridayEvening);
                reference.Add(fridayEvening, duration).Should().Be(due);
            }

            calendar.Add(fridayEvening, Duration.FromMinutes(60 + 20 + 60)).Should().Be(Utc(3, 10, 1, 0));
        });
    }

    [Fact]
    public void Add_OnAWarmIndex_AgreesWithTheReference_OverGeneratedCalendars()
    {
        Gen.Select(CalendarGenerators.ValidCalendars, CalendarGenerators.Instants, CalendarGenerators.Durations).Sample(
            (definition, start, duration) =>
            {
                var warm = Warm(definition, CalendarGenerators.FirstDate.PlusDays(-7), CalendarGenerators.LastDate.PlusDays(14));

                warm.Add(start, duration).Should().Be(new ReferenceCalendar(definition).Add(start, duration));
            },
            iter: MutationRun.Iter(300),
            print: t => $"{CalendarGenerators.Describe(t.Item1)} | {t.Item2} | {t.Item3}");
    }

    // Runs the assertions on a fresh calendar (its first call compiles the index and takes the general path)
    // and on one whose index already covers the dates around (the fast path).
    private static void ForColdAndWarm(BusinessCalendar definition, Action<BusinessCalendar> assert, LocalDate? from = null, LocalDate? to = null)
    {
        assert(definition.WithFreshIndex(30));
        assert(Warm(definition, from ?? new LocalDate(2025, 1, 1), to ?? new LocalDate(2025, 12, 31)));
    }

    private static BusinessCalendar Warm(BusinessCalendar definition, LocalDate from, LocalDate to)
    {
        var calendar = definition.WithFreshIndex(30);
        calendar.Precompile(from, to);
        return calendar;
    }

    private static Instant Utc(int month, int day, int hour, int minute) => Instant.FromUtc(2025, month, day, hour, minute);
}
