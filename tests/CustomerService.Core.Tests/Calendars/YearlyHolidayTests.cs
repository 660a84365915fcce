using System;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class YearlyHolidayTests
{
    [Fact]
    public void OccursOn_TheSameMonthAndDay_InTheYearsGiven()
    {
        var holiday = new YearlyHoliday(new AnnualDate(7, 4), 2000, 2030);

        holiday.OccursOn(new LocalDate(2000, 7, 4)).Should().BeTrue();
        holiday.OccursOn(new LocalDate(2030, 7, 4)).Should().BeTrue();
        holiday.OccursOn(new LocalDate(1999, 7, 4)).Should().BeFalse();
        holiday.OccursOn(new LocalDate(2031, 7, 4)).Should().BeFalse();
        holiday.OccursOn(new LocalDate(2025, 7, 5)).Should().BeFalse();
    }

    [Fact]
    public void OccursOn_TheTwentyNinthOfFebruary_OnlyInLeapYears()
    {
        var holiday = new YearlyHoliday(new AnnualDate(2, 29), 2020);

        holiday.OccursOn(new LocalDate(2024, 2, 29)).Should().BeTrue();
        holiday.OccursOn(new LocalDate(2025, 2, 28)).Should().BeFalse();
        holiday.OccursOn(new LocalDate(2025, 3, 1)).Should().BeFalse();
    }

    [Fact]
    public void Constructor_RejectsALastYearBeforeTheFirst_AndYearsOutOfRange()
    {
        var reversed = () => new YearlyHoliday(new AnnualDate(1, 1), 2025, 2024);
        var tooEarly = () => new YearlyHoliday(new AnnualDate(1, 1), -10_000);

        reversed.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LastYear");
        tooEarly.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FirstYear");
    }

    [Fact]
    public void ToString_ShowsTheDateAndTheYears()
    {
        new YearlyHoliday(new AnnualDate(12, 25), 2020).ToString().Should().Be("12-25 from 2020");
        new YearlyHoliday(new AnnualDate(7, 4), 2000, 2030).ToString().Should().Be("07-04 2000-2030");
    }
}
