using System;
using System.Linq;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class BusinessCalendarBuilderTests
{
    private static readonly LocalTime Nine = new(9, 0);
    private static readonly LocalTime Five = new(17, 0);

    [Fact]
    public void Validate_AValidDefinition_HasNoProblems_AndTouchingHoursAreNotAnOverlap()
    {
        var builder = BusinessCalendar.Create("split", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, Nine, new LocalTime(12, 0))
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(12, 0), Five)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(22, 0), Nine);

        builder.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_OverlappingHoursOfOneDay_PointAtTheLaterOne()
    {
        var problems = BusinessCalendar.Create("overlap", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, Nine, new LocalTime(13, 0))
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, new LocalTime(12, 0), Five)
            .Validate();

        problems.Should().ContainSingle().Which.Should().Be(new CalendarProblem(
            CalendarErrors.HoursOverlap, "Tuesday's hours #1 (12:00-17:00) overlap hours #0 (09:00-13:00).", IsoDayOfWeek.Tuesday, null, 1));
    }

    [Fact]
    public void Validate_AnOvernightShiftRunningIntoTheNextDaysHours_IsAnOverlap_IncludingSundayIntoMonday()
    {
        var problems = BusinessCalendar.Create("nights", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, Nine, Five)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(22, 0), new LocalTime(10, 0))
            .WithWeeklyHours(IsoDayOfWeek.Tuesday, Nine, Five)
            .WithWeeklyHours(IsoDayOfWeek.Sunday, new LocalTime(20, 0), new LocalTime(9, 30))
            .Validate();

        problems.Select(p => (p.Code, p.Day, p.Index)).Should().BeEquivalentTo(new[]
        {
            (CalendarErrors.HoursOverlap, (IsoDayOfWeek?)IsoDayOfWeek.Monday, (int?)1),
            (CalendarErrors.HoursOverlap, IsoDayOfWeek.Sunday, 0),
        });
        problems[0].Message.Should().Be("Monday's hours #1 (22:00-10:00) run into Tuesday's hours #0 (09:00-17:00).");
    }

    [Fact]
    public void Validate_OverlappingOverrideHours_PointAtTheDate()
    {
        var date = new LocalDate(2025, 12, 24);
        var problems = Weekdays()
            .WithDateOverride(date, Nine, new LocalTime(12, 0))
            .WithDateOverride(date, new LocalTime(11, 0), new LocalTime(14, 0))
            .Validate();

        problems.Should().ContainSingle().Which.Should().Be(new CalendarProblem(
            CalendarErrors.HoursOverlap, "2025-12-24's hours #1 (11:00-14:00) overlap hours #0 (09:00-12:00).", null, date, 1));
    }

    [Fact]
    public void Validate_ADateBothClosedAndGivenHours_IsAProblem()
    {
        var date = new LocalDate(2025, 12, 24);

        var problems = Weekdays().WithClosedDate(date).WithDateOverride(date, Nine, Five).Validate();

        problems.Should().ContainSingle().Which.Should().Be(new CalendarProblem(
            CalendarErrors.ClosedDateWithHours, "2025-12-24 is both closed and given hours.", null, date));
    }

    [Fact]
    public void Validate_NoHoursAtAll_HasNoOpenTime_AndOnlyOverrides_HasNoWeeklyHours()
    {
        BusinessCalendar.Create("empty", DateTimeZone.Utc).WithHoliday(new LocalDate(2025, 1, 1)).Validate()
            .Should().ContainSingle().Which.Code.Should().Be(CalendarErrors.NoOpenTime);
        BusinessCalendar.Create("dated", DateTimeZone.Utc).WithDateOverride(new LocalDate(2025, 1, 2), Nine, Five).Validate()
            .Should().ContainSingle().Which.Code.Should().Be(CalendarErrors.NoWeeklyHours);
    }

    [Fact]
    public void Validate_HoursMorePreciseThanATick_AreAProblem()
    {
        var problems = BusinessCalendar.Create("precise", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, Nine.PlusNanoseconds(1), Five)
            .Validate();

        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = CalendarErrors.HoursTooPrecise, Day = IsoDayOfWeek.Monday, Index = 0 });
    }

    [Fact]
    public void Build_WithProblems_ThrowsThemAllAtOnce()
    {
        var builder = BusinessCalendar.Create("broken", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, Nine, Five)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(10, 0), new LocalTime(11, 0))
            .WithDateOverride(new LocalDate(2025, 1, 2), Nine, Five)
            .WithClosedDate(new LocalDate(2025, 1, 2));

        var act = () => builder.Build();

        var exception = act.Should().Throw<InvalidCalendarException>().Which;
        exception.Problems.Should().Equal(builder.Validate());
        exception.Problems.Select(p => p.Code).Should().Equal(CalendarErrors.HoursOverlap, CalendarErrors.ClosedDateWithHours);
        exception.Message.Should().StartWith("The calendar is invalid: calendar.hours_overlap: Monday's hours #1");
        exception.Should().BeAssignableTo<ArgumentException>();
    }

    [Fact]
    public void Create_And_WithWeeklyHours_RejectProgrammerErrors()
    {
        var emptyId = () => BusinessCalendar.Create(" ", DateTimeZone.Utc);
        var noZone = () => BusinessCalendar.Create("x", null!);
        var notADay = () => Weekdays().WithWeeklyHours(IsoDayOfWeek.None, Nine, Five);
        var noSet = () => Weekdays().WithHolidays(null!);

        emptyId.Should().Throw<ArgumentException>().WithParameterName("id");
        noZone.Should().Throw<ArgumentNullException>().WithParameterName("zone");
        notADay.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");
        noSet.Should().Throw<ArgumentNullException>().WithParameterName("holidays");
    }

    [Fact]
    public void Build_TakesASnapshot_LaterChangesToTheBuilderDoNotChangeIt()
    {
        var builder = Weekdays();
        var before = builder.Build();

        builder.WithHoliday(new LocalDate(2025, 3, 4)).WithWeeklyHours(IsoDayOfWeek.Saturday, Nine, Five).WithClosedDate(new LocalDate(2025, 3, 5));

        before.Holidays.Should().BeEmpty();
        before.WeeklyHours(IsoDayOfWeek.Saturday).Should().BeEmpty();
        before.DateOverrides.Should().BeEmpty();
        builder.Build().Should().NotBe(before);
    }

    [Fact]
    public void TheDefinition_IsReadBack_AsBuilt()
    {
        var set = HolidaySet.Create("bank", [new LocalDate(2025, 8, 25)]);
        var calendar = BusinessCalendar.Create("support", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(13, 0), Five)
            .WithWeeklyHours(IsoDayOfWeek.Monday, Nine, new LocalTime(12, 0))
            .WithHoliday(new LocalDate(2025, 12, 25))
            .WithHoliday(new LocalDate(2025, 1, 1))
            .WithHoliday(new LocalDate(2025, 1, 1))
            .WithHolidays(set)
            .WithHolidays(set)
            .WithDateOverride(new LocalDate(2025, 12, 24), Nine, new LocalTime(12, 0))
            .WithClosedDate(new LocalDate(2025, 12, 31))
            .Build();

        calendar.Id.Should().Be("support");
        calendar.WeeklyHours(IsoDayOfWeek.Monday).Should().Equal(new OpeningHours(new LocalTime(13, 0), Five), new OpeningHours(Nine, new LocalTime(12, 0)));
        calendar.WeeklyHours(IsoDayOfWeek.Sunday).Should().BeEmpty();
        calendar.Holidays.Should().Equal(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 25));
        calendar.HolidaySets.Should().Equal(set);
        calendar.DateOverrides[new LocalDate(2025, 12, 24)].Should().Equal(new OpeningHours(Nine, new LocalTime(12, 0)));
        calendar.DateOverrides[new LocalDate(2025, 12, 31)].Should().BeEmpty();
    }

    private static BusinessCalendarBuilder Weekdays() => BusinessCalendarWorkedExampleTests.WeekdaysBuilder(DateTimeZone.Utc, 9, 17);
}
