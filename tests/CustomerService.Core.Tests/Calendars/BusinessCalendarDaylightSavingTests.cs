using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>
/// Open time is physical time: shifts that cover a daylight-saving change are longer or shorter by the
/// shift; local times in a gap move forward by the gap; ambiguous local times take the earlier offset.
/// </summary>
/// <remarks>
/// Dates: New York springs forward 2025-03-09 02:00 EST -> 03:00 EDT and falls back 2025-11-02 02:00 EDT
/// -> 01:00 EST; London 2025-03-30 01:00 GMT -> 02:00 BST and 2025-10-26 02:00 BST -> 01:00 GMT; Lord
/// Howe moves by 30 minutes, 2025-04-06 02:00 -> 01:30 and 2025-10-05 02:00 -> 02:30 (TZDB).
/// </remarks>
public sealed class BusinessCalendarDaylightSavingTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone LordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];

    [Fact]
    public void AnOvernightShift_TheNightClocksSpringForward_IsAnHourShorter()
    {
        var calendar = Nights(NewYork);
        var start = Local(NewYork, 2025, 3, 8, 22, 0);

        calendar.Between(start, Local(NewYork, 2025, 3, 9, 12, 0)).Should().Be(Duration.FromHours(7));
        calendar.NextClosing(start).Should().Be(Instant.FromUtc(2025, 3, 9, 10, 0));
        calendar.Add(start, Duration.FromHours(7)).Should().Be(Local(NewYork, 2025, 3, 9, 6, 0));
    }

    [Fact]
    public void AnOvernightShift_TheNightClocksFallBack_IsAnHourLonger()
    {
        var calendar = Nights(NewYork);
        var start = Local(NewYork, 2025, 11, 1, 22, 0);

        calendar.Between(start, Local(NewYork, 2025, 11, 2, 12, 0)).Should().Be(Duration.FromHours(9));
        calendar.Add(start, Duration.FromHours(9)).Should().Be(Instant.FromUtc(2025, 11, 2, 11, 0));
    }

    [Fact]
    public void AWholeDay_Is23HoursInSpring_25InAutumn()
    {
        var calendar = BusinessCalendar.AlwaysOpen;
        var sunday = BusinessCalendar.Create("sundays", NewYork).WithWeeklyHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, LocalTime.Midnight).Build();

        sunday.Between(Instant.FromUtc(2025, 3, 8, 0, 0), Instant.FromUtc(2025, 3, 11, 0, 0)).Should().Be(Duration.FromHours(23));
        sunday.Between(Instant.FromUtc(2025, 11, 1, 0, 0), Instant.FromUtc(2025, 11, 4, 0, 0)).Should().Be(Duration.FromHours(25));
        calendar.Between(Instant.FromUtc(2025, 3, 8, 0, 0), Instant.FromUtc(2025, 3, 11, 0, 0)).Should().Be(Duration.FromHours(72));
    }

    [Fact]
    public void AnOverrideOnADaylightSavingDay_CountsPhysicalTime()
    {
        var calendar = Weekdays(NewYork)
            .WithDateOverride(new LocalDate(2025, 3, 9), new LocalTime(1, 0), new LocalTime(4, 0))
            .WithDateOverride(new LocalDate(2025, 11, 2), new LocalTime(0, 0), new LocalTime(3, 0))
            .Build();

        calendar.Between(Local(NewYork, 2025, 3, 9, 0, 0), Local(NewYork, 2025, 3, 9, 12, 0)).Should().Be(Duration.FromHours(2));
        calendar.OpenIntervals(Local(NewYork, 2025, 3, 9, 0, 0), Local(NewYork, 2025, 3, 9, 12, 0))
            .Should().Equal(new Interval(Instant.FromUtc(2025, 3, 9, 6, 0), Instant.FromUtc(2025, 3, 9, 8, 0)));
        calendar.Between(Local(NewYork, 2025, 11, 2, 0, 0), Local(NewYork, 2025, 11, 2, 12, 0)).Should().Be(Duration.FromHours(4));
    }

    [Fact]
    public void HoursInsideTheGap_MoveForwardByTheGap()
    {
        // 02:15-02:45 does not exist on 2025-03-09 in New York; leniently it is 03:15-03:45 EDT.
        var calendar = Weekdays(NewYork).WithDateOverride(new LocalDate(2025, 3, 9), new LocalTime(2, 15), new LocalTime(2, 45)).Build();

        calendar.OpenIntervals(Local(NewYork, 2025, 3, 9, 0, 0), Local(NewYork, 2025, 3, 9, 12, 0))
            .Should().Equal(new Interval(Instant.FromUtc(2025, 3, 9, 7, 15), Instant.FromUtc(2025, 3, 9, 7, 45)));
    }

    [Fact]
    public void HoursThatStartInTheGap_AndEndJustAfterIt_AreEmpty()
    {
        // 02:30 moves to 03:30 EDT, after the 03:15 EDT end: nothing is open.
        var calendar = Weekdays(NewYork).WithDateOverride(new LocalDate(2025, 3, 9), new LocalTime(2, 30), new LocalTime(3, 15)).Build();

        calendar.Between(Local(NewYork, 2025, 3, 9, 0, 0), Local(NewYork, 2025, 3, 9, 12, 0)).Should().Be(Duration.Zero);
    }

    [Fact]
    public void AmbiguousTimes_TakeTheEarlierOffset()
    {
        // 01:30-01:45 on 2025-11-02 happens twice in New York; the first (EDT) one counts.
        var calendar = Weekdays(NewYork)
            .WithDateOverride(new LocalDate(2025, 11, 2), new LocalTime(1, 30), new LocalTime(1, 45))
            .WithDateOverride(new LocalDate(2025, 11, 2), new LocalTime(1, 45), new LocalTime(3, 0))
            .Build();

        calendar.NextOpening(Local(NewYork, 2025, 11, 2, 0, 0)).Should().Be(Instant.FromUtc(2025, 11, 2, 5, 30));
        calendar.NextClosing(Local(NewYork, 2025, 11, 2, 0, 0)).Should().Be(Instant.FromUtc(2025, 11, 2, 8, 0));
        calendar.Between(Local(NewYork, 2025, 11, 2, 0, 0), Local(NewYork, 2025, 11, 2, 12, 0)).Should().Be(Duration.FromMinutes(150));
    }

    [Fact]
    public void LondonShiftsThatCoverTheChange_AreThreeAndFiveHours()
    {
        var calendar = BusinessCalendar.Create("early", London).WithWeeklyHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, new LocalTime(4, 0)).Build();

        calendar.Between(Instant.FromUtc(2025, 3, 29, 12, 0), Instant.FromUtc(2025, 3, 30, 12, 0)).Should().Be(Duration.FromHours(3));
        calendar.Between(Instant.FromUtc(2025, 10, 25, 12, 0), Instant.FromUtc(2025, 10, 26, 12, 0)).Should().Be(Duration.FromHours(5));
        calendar.Add(Instant.FromUtc(2025, 10, 25, 23, 0), Duration.FromHours(5)).Should().Be(Instant.FromUtc(2025, 10, 26, 4, 0));
    }

    [Fact]
    public void LordHowesHalfHourShift_MakesWholeDays24AndAHalfAnd23AndAHalfHours()
    {
        var calendar = BusinessCalendar.Create("lord-howe", LordHowe).WithWeeklyHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, LocalTime.Midnight).Build();
        var april = new LocalDate(2025, 4, 6);
        var october = new LocalDate(2025, 10, 5);

        calendar.Between(Midnight(LordHowe, april.PlusDays(-1)), Midnight(LordHowe, april.PlusDays(2))).Should().Be(Duration.FromMinutes((24 * 60) + 30));
        calendar.Between(Midnight(LordHowe, october.PlusDays(-1)), Midnight(LordHowe, october.PlusDays(2))).Should().Be(Duration.FromMinutes((23 * 60) + 30));
        calendar.Add(Midnight(LordHowe, october), Duration.FromHours(23)).Should().Be(Midnight(LordHowe, october.PlusDays(1)) - Duration.FromMinutes(30));
    }

    [Fact]
    public void AnAddThatSpansTheChange_IsPhysical()
    {
        // Sunday 2025-03-09 open 00:00-12:00 in New York: 11 physical hours.
        var calendar = BusinessCalendar.Create("sunday-mornings", NewYork).WithWeeklyHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, new LocalTime(12, 0)).Build();
        var start = Local(NewYork, 2025, 3, 9, 0, 0);

        calendar.Add(start, Duration.FromHours(3)).Should().Be(Local(NewYork, 2025, 3, 9, 4, 0));
        calendar.Add(start, Duration.FromHours(11)).Should().Be(Local(NewYork, 2025, 3, 9, 12, 0));
        calendar.Subtract(Local(NewYork, 2025, 3, 9, 12, 0), Duration.FromHours(11)).Should().Be(start);
    }

    private static BusinessCalendar Nights(DateTimeZone zone) =>
        BusinessCalendar.Create("nights", zone).WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(22, 0), new LocalTime(6, 0)).Build();

    private static BusinessCalendarBuilder Weekdays(DateTimeZone zone) => BusinessCalendarWorkedExampleTests.WeekdaysBuilder(zone, 9, 17);

    private static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(zone).ToInstant();

    private static Instant Midnight(DateTimeZone zone, LocalDate date) => date.AtStartOfDayInZone(zone).ToInstant();
}
