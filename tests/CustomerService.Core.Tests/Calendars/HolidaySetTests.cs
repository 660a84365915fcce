using System;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class HolidaySetTests
{
    [Fact]
    public void Create_SortsAndDeduplicatesDates()
    {
        var set = HolidaySet.Create("bank", [new LocalDate(2025, 12, 25), new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 25)]);

        set.Name.Should().Be("bank");
        set.Dates.Should().Equal(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 25));
        set.Yearly.Should().BeEmpty();
    }

    [Fact]
    public void Contains_SingleDatesAndYearlyRules()
    {
        var set = HolidaySet.Create("mixed", [new LocalDate(2025, 5, 26)], [new YearlyHoliday(new AnnualDate(12, 25), 2020)]);

        set.Contains(new LocalDate(2025, 5, 26)).Should().BeTrue();
        set.Contains(new LocalDate(2026, 5, 26)).Should().BeFalse();
        set.Contains(new LocalDate(2031, 12, 25)).Should().BeTrue();
        set.Contains(new LocalDate(2019, 12, 25)).Should().BeFalse();
        HolidaySet.Empty.Contains(new LocalDate(2025, 1, 1)).Should().BeFalse();
        HolidaySet.Empty.Name.Should().Be("empty");
    }

    [Fact]
    public void Equality_IsNameDatesAndRules_InAnyOrder()
    {
        var rules = new[] { new YearlyHoliday(new AnnualDate(7, 4), 2000), new YearlyHoliday(new AnnualDate(1, 1), 2000) };
        var a = HolidaySet.Create("us", [new LocalDate(2025, 1, 20), new LocalDate(2025, 2, 17)], rules);
        var b = HolidaySet.Create("us", [new LocalDate(2025, 2, 17), new LocalDate(2025, 1, 20)], [rules[1], rules[0]]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(HolidaySet.Create("uk", a.Dates, a.Yearly));
        a.Should().NotBe(HolidaySet.Create("us", [new LocalDate(2025, 1, 20)], a.Yearly));
        a.ToString().Should().Be("us: 2 dates, 2 yearly");
    }

    [Fact]
    public void Create_RejectsAnEmptyNameOrNullDates()
    {
        var noName = () => HolidaySet.Create("", []);
        var noDates = () => HolidaySet.Create("x", null!);

        noName.Should().Throw<ArgumentException>().WithParameterName("name");
        noDates.Should().Throw<ArgumentNullException>().WithParameterName("dates");
    }
}
