using System;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class BusinessCalendarEqualityTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Equals_TheSameDefinition_InAnyOrderOfAdding_IsEqual()
    {
        var a = Support().WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(14, 0), new LocalTime(16, 0))
            .WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(12, 0)).Build();
        var b = Support().WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(12, 0))
            .WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(14, 0), new LocalTime(16, 0)).Build();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)b).Should().BeTrue();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("zone")]
    [InlineData("hours")]
    [InlineData("holiday")]
    [InlineData("set")]
    [InlineData("override")]
    public void Equals_ADifferenceInAnyPart_IsNotEqual(string part)
    {
        var builder = part switch
        {
            "id" => Support(id: "support-nyc"),
            "zone" => Support(DateTimeZone.Utc),
            _ => Support(),
        };
        _ = part switch
        {
            "hours" => builder.WithWeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(9, 0), new LocalTime(10, 0)),
            "holiday" => builder.WithHoliday(new LocalDate(2025, 7, 4)),
            "set" => builder.WithHolidays(HolidaySet.Create("bank", [new LocalDate(2025, 5, 26)])),
            "override" => builder.WithClosedDate(new LocalDate(2025, 12, 26)),
            _ => builder,
        };

        builder.Build().Should().NotBe(Support().Build());
        Support().Build().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_SummarisesIdZoneHoursHolidaysAndOverrides()
    {
        var builder = BusinessCalendarWorkedExampleTests.WeekdaysBuilder(NewYork, 9, 17);
        for (var i = 0; i < 10; i++)
        {
            builder.WithHoliday(new LocalDate(2025, 1, 1).PlusWeeks(i));
        }

        var calendar = builder.WithDateOverride(new LocalDate(2025, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0)).Build();

        calendar.ToString().Should().Be("weekdays (America/New_York): Mon-Fri 09:00-17:00; 10 holidays; 1 override");
    }

    [Fact]
    public void ToString_GroupsEqualDays_AndShowsSplitOvernightAndMidnightHours()
    {
        var calendar = BusinessCalendar.Create("mixed", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(17, 0))
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(12, 0))
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, new LocalTime(13, 0), new LocalTime(17, 0))
            .WithWeeklyHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .WithWeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(18, 0), LocalTime.Midnight)
            .WithHoliday(new LocalDate(2025, 1, 1))
            .WithHolidays(HolidaySet.Create("us-federal", []))
            .WithClosedDate(new LocalDate(2025, 1, 2))
            .WithClosedDate(new LocalDate(2025, 1, 3))
            .Build();

        calendar.ToString().Should().Be(
            "mixed (UTC): Mon-Tue 09:00-12:00, 13:00-17:00, Fri 22:00-06:00, Sun 18:00-24:00; 1 holiday; holiday set us-federal; 2 overrides");
        BusinessCalendar.AlwaysOpen.ToString().Should().Be("always-open (UTC): Mon-Sun 00:00-24:00");
    }

    [Fact]
    public void ToString_CarriesNoPersonalData_OnlyTheDefinitionsShape()
    {
        var text = Support().WithDateOverride(new LocalDate(2025, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0)).Build().ToString();

        text.Should().NotContain("2025", "dates are counted, not listed");
        text.Should().NotContain(Environment.NewLine);
    }

    private static BusinessCalendarBuilder Support(DateTimeZone? zone = null, string id = "support-ny") =>
        BusinessCalendar.Create(id, zone ?? NewYork)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))
            .WithHoliday(new LocalDate(2025, 12, 25));
}
