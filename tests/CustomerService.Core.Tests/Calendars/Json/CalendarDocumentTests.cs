using System;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed class CalendarDocumentTests
{
    private static readonly HolidaySet Company = HolidaySet.Create("company", [new LocalDate(2025, 12, 24)]);
    private static readonly HolidaySet Us = HolidaySet.Create("us", [new LocalDate(2025, 7, 4)]);

    private static BusinessCalendar Calendar(string id, params HolidaySet[] sets)
    {
        var builder = BusinessCalendar.Create(id, DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0));
        foreach (var set in sets)
        {
            builder.WithHolidays(set);
        }

        return builder.Build();
    }

    [Fact]
    public void Constructor_AddsTheSetsCalendarsUse_AfterTheListedOnes()
    {
        var document = new CalendarDocument([Calendar("a", Us, Company), Calendar("b", Company)], [Company]);

        document.HolidaySets.Should().Equal(Company, Us);
        document.Calendars.Select(c => c.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void Find_LooksUpByExactIdOrName()
    {
        var document = new CalendarDocument([Calendar("support", Us)]);

        document.FindCalendar("support")!.Id.Should().Be("support");
        document.FindCalendar("Support").Should().BeNull();
        document.FindHolidaySet("us").Should().BeSameAs(Us);
        document.FindHolidaySet("eu").Should().BeNull();
    }

    [Fact]
    public void Constructor_DuplicateCalendarIds_IsAProgrammerError()
    {
        var act = () => new CalendarDocument([Calendar("a"), Calendar("a")]);

        act.Should().Throw<ArgumentException>().WithParameterName("calendars").WithMessage("*'a'*");
    }

    [Fact]
    public void Constructor_TwoListedSetsWithOneName_IsAProgrammerError()
    {
        var act = () => new CalendarDocument([], [Us, HolidaySet.Create("us", [])]);

        act.Should().Throw<ArgumentException>().WithParameterName("holidaySets");
    }

    [Fact]
    public void Constructor_CalendarUsingAnotherSetOfAListedName_IsAProgrammerError()
    {
        // Written by name, the calendar would read back with the listed set, not its own.
        var act = () => new CalendarDocument([Calendar("a", HolidaySet.Create("us", []))], [Us]);

        act.Should().Throw<ArgumentException>().WithParameterName("calendars").WithMessage("*'us'*");
    }

    [Fact]
    public void Constructor_Nulls_AreProgrammerErrors()
    {
        Action[] calls =
        [
            () => _ = new CalendarDocument(null!),
            () => _ = new CalendarDocument([null!]),
            () => _ = new CalendarDocument([], [null!]),
            () => new CalendarDocument([]).FindCalendar(null!),
            () => new CalendarDocument([]).FindHolidaySet(null!),
        ];

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void Equality_ComparesCalendarsAndSetsInOrder()
    {
        var a = new CalendarDocument([Calendar("a", Us), Calendar("b")]);

        a.Should().Be(new CalendarDocument([Calendar("a", Us), Calendar("b")]));
        a.GetHashCode().Should().Be(new CalendarDocument([Calendar("a", Us), Calendar("b")]).GetHashCode());
        a.Should().NotBe(new CalendarDocument([Calendar("b"), Calendar("a", Us)]));
        a.Should().NotBe(new CalendarDocument([Calendar("a", Us), Calendar("b")], [Company]));
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_GivesCountsOnly()
    {
        new CalendarDocument([Calendar("secret-desk", Us)]).ToString().Should().Be("1 calendar, 1 holiday set");
    }
}
