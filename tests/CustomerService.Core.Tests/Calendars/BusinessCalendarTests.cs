using System;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>The edges of the calendar arithmetic, each computed by hand.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    // Mon-Fri 09:00-17:00 in UTC; 2025-03-03 is a Monday.
    private static readonly BusinessCalendar NineToFive = BusinessCalendarWorkedExampleTests.WeekdaysUtc(9, 17);

    [Fact]
    public void Add_FromTheOpening_CountsAtOnce()
    {
        NineToFive.Add(Utc(3, 3, 9, 0), Duration.FromHours(1)).Should().Be(Utc(3, 3, 10, 0));
    }

    [Fact]
    public void Add_FromTheClosing_CountsFromTheNextOpening()
    {
        NineToFive.IsOpen(Utc(3, 3, 17, 0)).Should().BeFalse();
        NineToFive.Add(Utc(3, 3, 17, 0), Duration.FromHours(1)).Should().Be(Utc(3, 4, 10, 0));
    }

    [Fact]
    public void Add_ThatUsesUpTheDurationAtAClosing_ReturnsTheClosing_NotTheNextOpening()
    {
        NineToFive.Add(Utc(3, 3, 16, 0), Duration.FromHours(1)).Should().Be(Utc(3, 3, 17, 0));
        NineToFive.Add(Utc(3, 7, 9, 0), Duration.FromHours(8)).Should().Be(Utc(3, 7, 17, 0));
    }

    [Fact]
    public void Add_OfZero_IsTheStart_EvenWhenClosed()
    {
        var saturday = Utc(3, 8, 12, 0);

        NineToFive.Add(saturday, Duration.Zero).Should().Be(saturday);
        NineToFive.Subtract(saturday, Duration.Zero).Should().Be(saturday);
    }

    [Fact]
    public void Add_KeepsNanosecondsOfTheStart()
    {
        var start = Utc(3, 3, 10, 0).PlusNanoseconds(50);

        NineToFive.Add(start, Duration.FromHours(1)).Should().Be(Utc(3, 3, 11, 0).PlusNanoseconds(50));
        NineToFive.Add(start, Duration.FromNanoseconds(60)).Should().Be(Utc(3, 3, 10, 0).PlusNanoseconds(110));
        NineToFive.Between(start, Utc(3, 3, 11, 0)).Should().Be(Duration.FromHours(1) - Duration.FromNanoseconds(50));
    }

    [Fact]
    public void Subtract_FromAnOpening_EndsAtTheEarlierClosing_AndGoesBackFromThere()
    {
        NineToFive.Subtract(Utc(3, 4, 9, 0), Duration.FromHours(1)).Should().Be(Utc(3, 3, 16, 0));
        NineToFive.Subtract(Utc(3, 4, 10, 0), Duration.FromHours(1)).Should().Be(Utc(3, 4, 9, 0));
    }

    [Fact]
    public void Subtract_IsTheLatestStart_SoAnExactDayGoesBackToTheOpening()
    {
        NineToFive.Subtract(Utc(3, 4, 17, 0), Duration.FromHours(8)).Should().Be(Utc(3, 4, 9, 0));
    }

    [Fact]
    public void Between_Reversed_IsNegative_NotZero()
    {
        NineToFive.Between(Utc(3, 3, 12, 0), Utc(3, 3, 10, 0)).Should().Be(Duration.FromHours(-2));
    }

    [Fact]
    public void Between_OverAWeekend_CountsOnlyOpenTime()
    {
        NineToFive.Between(Utc(3, 7, 16, 0), Utc(3, 10, 10, 0)).Should().Be(Duration.FromHours(2));
        NineToFive.Between(Utc(3, 8, 0, 0), Utc(3, 9, 23, 0)).Should().Be(Duration.Zero);
    }

    [Fact]
    public void IsOpen_IncludesTheOpening_ExcludesTheClosing()
    {
        NineToFive.IsOpen(Utc(3, 3, 9, 0)).Should().BeTrue();
        NineToFive.IsOpen(Utc(3, 3, 9, 0) - Duration.Epsilon).Should().BeFalse();
        NineToFive.IsOpen(Utc(3, 3, 17, 0) - Duration.Epsilon).Should().BeTrue();
        NineToFive.IsOpen(Utc(3, 3, 17, 0)).Should().BeFalse();
    }

    [Fact]
    public void NextOpening_IsTheInstantItselfWhenOpen_ElseTheNextOpening()
    {
        NineToFive.NextOpening(Utc(3, 3, 12, 0)).Should().Be(Utc(3, 3, 12, 0));
        NineToFive.NextOpening(Utc(3, 7, 17, 0)).Should().Be(Utc(3, 10, 9, 0));
    }

    [Fact]
    public void NextClosing_IsTheEndOfTheCurrentInterval_OrOfTheNextOne()
    {
        NineToFive.NextClosing(Utc(3, 3, 12, 0)).Should().Be(Utc(3, 3, 17, 0));
        NineToFive.NextClosing(Utc(3, 3, 17, 0)).Should().Be(Utc(3, 4, 17, 0));
        NineToFive.NextClosing(Utc(3, 8, 12, 0)).Should().Be(Utc(3, 10, 17, 0));
    }

    [Fact]
    public void AlwaysOpen_IsOpenEverywhere_AndNeverCloses()
    {
        var calendar = BusinessCalendar.AlwaysOpen;
        var t = Utc(3, 8, 12, 0);

        calendar.Id.Should().Be("always-open");
        calendar.Zone.Should().Be(DateTimeZone.Utc);
        calendar.IsOpen(t).Should().BeTrue();
        calendar.NextOpening(t).Should().Be(t);
        calendar.NextClosing(t).Should().Be(Instant.MaxValue);
        calendar.Between(t, t + Duration.FromDays(400)).Should().Be(Duration.FromDays(400));
        calendar.OpenIntervals(t, t + Duration.FromDays(3)).Should().Equal(new Interval(t, t + Duration.FromDays(3)));
    }

    [Fact]
    public void AStartInsideAHoliday_CountsFromTheNextOpenDay()
    {
        var calendar = Weekdays().WithHoliday(new LocalDate(2025, 3, 4)).Build();

        calendar.IsOpen(Utc(3, 4, 10, 0)).Should().BeFalse();
        calendar.Add(Utc(3, 4, 10, 0), Duration.FromHours(1)).Should().Be(Utc(3, 5, 10, 0));
        calendar.Between(Utc(3, 3, 0, 0), Utc(3, 6, 0, 0)).Should().Be(Duration.FromHours(16));
    }

    [Fact]
    public void AnOvernightShift_BelongsToTheDayItStarts_AndRunsIntoAHolidayMorning()
    {
        // Thu 22:00-06:00 and Fri 22:00-06:00; Friday 2025-03-07 is a holiday.
        var calendar = BusinessCalendar.Create("nights", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Thursday, new LocalTime(22, 0), new LocalTime(6, 0))
            .WithWeeklyHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .WithHoliday(new LocalDate(2025, 3, 7))
            .Build();

        calendar.IsOpen(Utc(3, 7, 5, 0)).Should().BeTrue("Thursday's shift runs into the holiday morning");
        calendar.IsOpen(Utc(3, 7, 23, 0)).Should().BeFalse("the holiday's own shift does not run");
        calendar.NextOpening(Utc(3, 7, 6, 0)).Should().Be(Utc(3, 13, 22, 0));
    }

    [Fact]
    public void AnOverride_ReplacesTheWeeklyHours_AndWinsOverAHoliday()
    {
        var calendar = Weekdays()
            .WithHoliday(new LocalDate(2025, 3, 4))
            .WithDateOverride(new LocalDate(2025, 3, 4), new LocalTime(10, 0), new LocalTime(12, 0))
            .WithDateOverride(new LocalDate(2025, 3, 5), new LocalTime(13, 0), new LocalTime(14, 0))
            .WithDateOverride(new LocalDate(2025, 3, 5), new LocalTime(8, 0), new LocalTime(9, 0))
            .WithClosedDate(new LocalDate(2025, 3, 6))
            .Build();

        calendar.OpenIntervals(Utc(3, 4, 0, 0), Utc(3, 7, 0, 0)).Should().Equal(
            new Interval(Utc(3, 4, 10, 0), Utc(3, 4, 12, 0)),
            new Interval(Utc(3, 5, 8, 0), Utc(3, 5, 9, 0)),
            new Interval(Utc(3, 5, 13, 0), Utc(3, 5, 14, 0)));
    }

    [Fact]
    public void HoursOfAdjacentDatesThatOverlap_CountOnce()
    {
        // Monday's night shift runs to Tuesday 06:00; Tuesday's override opens at 05:00.
        var calendar = BusinessCalendar.Create("union", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(22, 0), new LocalTime(6, 0))
            .WithDateOverride(new LocalDate(2025, 3, 4), new LocalTime(5, 0), new LocalTime(9, 0))
            .Build();

        calendar.Between(Utc(3, 3, 0, 0), Utc(3, 5, 0, 0)).Should().Be(Duration.FromHours(11));
        calendar.OpenIntervals(Utc(3, 3, 0, 0), Utc(3, 5, 0, 0)).Should().Equal(new Interval(Utc(3, 3, 22, 0), Utc(3, 4, 9, 0)));
        calendar.NextClosing(Utc(3, 3, 23, 0)).Should().Be(Utc(3, 4, 9, 0));
    }

    [Fact]
    public void AShiftEndingAtMidnight_AndTheNextDaysShiftFromMidnight_AreOneInterval()
    {
        var calendar = BusinessCalendar.Create("evening", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(18, 0), LocalTime.Midnight)
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, LocalTime.Midnight, new LocalTime(2, 0))
            .Build();

        calendar.OpenIntervals(Utc(3, 3, 0, 0), Utc(3, 5, 0, 0)).Should().Equal(new Interval(Utc(3, 3, 18, 0), Utc(3, 4, 2, 0)));
        calendar.NextClosing(Utc(3, 3, 20, 0)).Should().Be(Utc(3, 4, 2, 0));
        calendar.IsOpen(Utc(3, 4, 0, 0)).Should().BeTrue();
    }

    [Fact]
    public void OpenIntervals_AreClippedToTheRange()
    {
        NineToFive.OpenIntervals(Utc(3, 3, 12, 0), Utc(3, 4, 10, 0)).Should().Equal(
            new Interval(Utc(3, 3, 12, 0), Utc(3, 3, 17, 0)),
            new Interval(Utc(3, 4, 9, 0), Utc(3, 4, 10, 0)));
        NineToFive.OpenIntervals(Utc(3, 3, 12, 0), Utc(3, 3, 12, 0)).Should().BeEmpty();
    }

    [Fact]
    public void ABetweenOverAYear_MatchesACountByHand()
    {
        // 2025 has 261 weekdays; ten of its US federal holidays fall on weekdays: 251 days of 8 hours.
        // 09:00-17:00 never meets a 02:00 daylight-saving change, so every day is 8 physical hours.
        var holidays = new[] { (1, 1), (1, 20), (2, 17), (5, 26), (6, 19), (7, 4), (9, 1), (10, 13), (11, 27), (12, 25) };
        var builder = BusinessCalendarWorkedExampleTests.WeekdaysBuilder(NewYork, 9, 17);
        foreach (var (month, day) in holidays)
        {
            builder.WithHoliday(new LocalDate(2025, month, day));
        }

        var calendar = builder.Build();
        var start = new LocalDate(2025, 1, 1).AtStartOfDayInZone(NewYork).ToInstant();
        var end = new LocalDate(2026, 1, 1).AtStartOfDayInZone(NewYork).ToInstant();

        calendar.Between(start, end).Should().Be(Duration.FromHours(251 * 8));
        calendar.Add(start, Duration.FromHours(251 * 8)).Should().Be(Instant.FromUtc(2025, 12, 31, 22, 0));
        calendar.OpenIntervals(start, end).Should().HaveCount(251);
    }

    [Fact]
    public void AVeryLongDuration_RunsAcrossDecades_AndBetweenGivesItBack()
    {
        // 520 working weeks from Monday 09:00 end on the Friday of the 520th week at 17:00.
        var start = Utc(3, 3, 9, 0);
        var tenYearsOfWork = Duration.FromHours(40 * 520);

        var due = NineToFive.Add(start, tenYearsOfWork);

        due.Should().Be(new LocalDate(2025, 3, 7).PlusWeeks(519).At(new LocalTime(17, 0)).InUtc().ToInstant());
        NineToFive.Between(start, due).Should().Be(tenYearsOfWork);
        NineToFive.Subtract(due, tenYearsOfWork).Should().Be(start);
    }

    [Fact]
    public void DatesFarFromTheFirstQuery_Work()
    {
        var calendar = BusinessCalendarWorkedExampleTests.WeekdaysUtc(9, 17).WithFreshIndex(30);
        calendar.Add(Utc(3, 3, 9, 0), Duration.FromHours(1)).Should().Be(Utc(3, 3, 10, 0));

        // 1990-01-01 and 2090-01-02 are Mondays.
        calendar.Add(Instant.FromUtc(1990, 1, 1, 9, 0), Duration.FromHours(9)).Should().Be(Instant.FromUtc(1990, 1, 2, 10, 0));
        calendar.Add(Instant.FromUtc(2090, 1, 2, 9, 0), Duration.FromHours(9)).Should().Be(Instant.FromUtc(2090, 1, 3, 10, 0));
        calendar.Subtract(Instant.FromUtc(1990, 1, 2, 10, 0), Duration.FromHours(9)).Should().Be(Instant.FromUtc(1990, 1, 1, 9, 0));
    }

    [Fact]
    public void InstantsAtTheEndsOfTime_AreOutOfRange()
    {
        var min = () => NineToFive.IsOpen(Instant.MinValue);
        var max = () => NineToFive.Add(Instant.MaxValue, Duration.Zero);
        var tooLong = () => NineToFive.Add(Utc(3, 3, 9, 0), Duration.FromDays(10_000 * 366));
        var tooFarBack = () => NineToFive.Subtract(Utc(3, 3, 9, 0), Duration.FromDays(13_000 * 366));

        min.Should().Throw<ArgumentOutOfRangeException>();
        max.Should().Throw<ArgumentOutOfRangeException>();
        tooLong.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        tooFarBack.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
    }

    [Fact]
    public void ANegativeDuration_OrAReversedRange_IsAProgrammerError()
    {
        var add = () => NineToFive.Add(Utc(3, 3, 9, 0), Duration.FromTicks(-1));
        var subtract = () => NineToFive.Subtract(Utc(3, 3, 9, 0), Duration.FromTicks(-1));
        var intervals = () => NineToFive.OpenIntervals(Utc(3, 3, 9, 0), Utc(3, 3, 8, 0));

        add.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        subtract.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duration");
        intervals.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TheIndex_IsCompiledLazily_AndGrowsOnDemand()
    {
        var calendar = NineToFive.WithFreshIndex(10);
        calendar.CurrentIndex.Should().BeNull();

        calendar.IsOpen(Utc(3, 3, 9, 0));
        var first = calendar.CurrentIndex!;
        calendar.IsOpen(Utc(3, 3, 10, 0));
        calendar.CurrentIndex.Should().BeSameAs(first, "a query inside the index does not recompile it");

        calendar.IsOpen(Instant.FromUtc(2030, 1, 1, 0, 0));
        calendar.CurrentIndex!.FirstDate.Should().Be(first.FirstDate);
        calendar.CurrentIndex!.EndDate.Should().BeGreaterThan(new LocalDate(2030, 1, 1));
    }

    private static BusinessCalendarBuilder Weekdays() => BusinessCalendarWorkedExampleTests.WeekdaysBuilder(DateTimeZone.Utc, 9, 17);

    private static Instant Utc(int month, int day, int hour, int minute) => Instant.FromUtc(2025, month, day, hour, minute);
}
