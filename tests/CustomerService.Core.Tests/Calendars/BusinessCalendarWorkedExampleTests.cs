using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>The calendar parts of the worked examples in SLA-SEMANTICS.md §6.</summary>
public sealed class BusinessCalendarWorkedExampleTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Example1_OneHourFromFriday1630_IsMonday0930()
    {
        var calendar = WeekdaysUtc(9, 17);

        calendar.Add(Utc(2025, 3, 7, 16, 30), Duration.FromHours(1)).Should().Be(Utc(2025, 3, 10, 9, 30));
    }

    [Fact]
    public void Example2_TwoHoursFromWednesday0700_StartsAt0900_DueAt1100()
    {
        var calendar = WeekdaysUtc(9, 17);
        var created = Utc(2025, 3, 5, 7, 0);

        calendar.NextOpening(created).Should().Be(Utc(2025, 3, 5, 9, 0));
        calendar.Add(created, Duration.FromHours(2)).Should().Be(Utc(2025, 3, 5, 11, 0));
    }

    [Fact]
    public void Example3_FourHoursFromMonday0900_WithTwoHoursPaused_IsDueAt1500()
    {
        var calendar = WeekdaysUtc(9, 17);
        var start = Utc(2025, 3, 3, 9, 0);

        // The clock ran 09:00-10:00, paused 10:00-12:00, and has 3h left from 12:00.
        var used = calendar.Between(start, Utc(2025, 3, 3, 10, 0));
        calendar.Add(Utc(2025, 3, 3, 12, 0), Duration.FromHours(4) - used).Should().Be(Utc(2025, 3, 3, 15, 0));
    }

    [Fact]
    public void Example4_TwoHoursAcrossTheSpringForwardWeekendInNewYork_IsMonday1000Edt()
    {
        var calendar = Weekdays(NewYork, 9, 17);
        var start = new LocalDateTime(2025, 3, 7, 16, 0).InZoneStrictly(NewYork).ToInstant();

        var due = calendar.Add(start, Duration.FromHours(2));

        due.Should().Be(Instant.FromUtc(2025, 3, 10, 14, 0));
        due.InZone(NewYork).LocalDateTime.Should().Be(new LocalDateTime(2025, 3, 10, 10, 0));
    }

    [Fact]
    public void Example5_TenHoursOnTheAlwaysOpenCalendar_IsTenHoursLater()
    {
        BusinessCalendar.AlwaysOpen.Add(Utc(2025, 3, 5, 10, 30), Duration.FromHours(10)).Should().Be(Utc(2025, 3, 5, 20, 30));
    }

    [Fact]
    public void Example6_FromFriday2100ToMonday0930_IsOneAndAHalfBusinessHours_SixtyAndAHalfCalendarHours()
    {
        var calendar = WeekdaysUtc(8, 17);
        var opened = Utc(2025, 3, 7, 21, 0);
        var now = Utc(2025, 3, 10, 9, 30);

        calendar.Between(opened, now).Should().Be(Duration.FromMinutes(90));
        BusinessCalendar.AlwaysOpen.Between(opened, now).Should().Be(Duration.FromMinutes((60 * 60) + 30));
    }

    internal static BusinessCalendar WeekdaysUtc(int openHour, int closeHour) => Weekdays(DateTimeZone.Utc, openHour, closeHour);

    internal static BusinessCalendar Weekdays(DateTimeZone zone, int openHour, int closeHour) => WeekdaysBuilder(zone, openHour, closeHour).Build();

    internal static BusinessCalendarBuilder WeekdaysBuilder(DateTimeZone zone, int openHour, int closeHour)
    {
        var builder = BusinessCalendar.Create("weekdays", zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, new LocalTime(openHour, 0), new LocalTime(closeHour, 0));
        }

        return builder;
    }

    private static Instant Utc(int year, int month, int day, int hour, int minute) => Instant.FromUtc(year, month, day, hour, minute);
}
