using System;
using System.IO;
using System.Linq;
using CsCheck;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.ICalendar;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars.ICalendar;

public sealed partial class IcsHolidaysTests
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Core.Tests", "Calendars", "Samples", name));

    // A VCALENDAR around the given lines, joined with CRLF as RFC 5545 writes them; the first given line is line 3.
    private static string Calendar(params string[] lines) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", .. lines, "END:VCALENDAR"]) + "\r\n";

    private static string Event(params string[] lines) => Calendar(["BEGIN:VEVENT", .. lines, "END:VEVENT"]);

    private static HolidaySet Parsed(string ics)
    {
        var result = IcsHolidays.Parse(ics, "test");
        result.Problems.Should().BeEmpty();
        return result.Value;
    }

    private static (string Code, int? Line)[] Problems(string ics) =>
        [.. IcsHolidays.Parse(ics, "test").Problems.Select(p => (p.Code, p.Line))];

    private static YearlyHoliday Yearly(int month, int day, int first, int? last = null) => new(new AnnualDate(month, day), first, last);

    [Fact]
    public void Parse_RealisticUsHolidayFile_ReadsDatesAndYearlyRules()
    {
        var set = Parsed(Sample("us-holidays.ics"));

        set.Should().Be(HolidaySet.Create(
            "test",
            [new LocalDate(2025, 5, 26), new LocalDate(2025, 9, 1), new LocalDate(2025, 11, 27), new LocalDate(2026, 11, 26)],
            [
                Yearly(1, 1, 2025),
                Yearly(6, 19, 2021),
                Yearly(7, 4, 2025, 2034),
                Yearly(12, 24, 2025, 2030), Yearly(12, 25, 2025, 2030), Yearly(12, 26, 2025, 2030),
            ]));
        set.Contains(new LocalDate(2034, 7, 4)).Should().BeTrue();
        set.Contains(new LocalDate(2035, 7, 4)).Should().BeFalse();
    }

    [Fact]
    public void Parse_UnsupportedContent_IsReportedWithItsLines()
    {
        Problems(Sample("unsupported.ics")).Should().Equal(
            (IcsProblemCodes.TimedEvent, 5),
            (IcsProblemCodes.TimedEvent, 6),
            (IcsProblemCodes.UnsupportedRule, 11),
            (IcsProblemCodes.UnsupportedRule, 16),
            (IcsProblemCodes.UnsupportedRule, 16),
            (IcsProblemCodes.UnsupportedProperty, 22),
            (IcsProblemCodes.UnsupportedProperty, 23),
            (IcsProblemCodes.UnsupportedComponent, 26),
            (IcsProblemCodes.UnsupportedValue, 31));
    }

    [Fact]
    public void Parse_MessagesSayWhatIsUnsupported()
    {
        var messages = IcsHolidays.Parse(Sample("unsupported.ics"), "test").Problems.Select(p => p.Message).ToArray();

        messages.Should().Contain("DTSTART has a time of day; only all-day events (DTSTART;VALUE=DATE:YYYYMMDD) can be holidays.");
        messages.Should().Contain("The RRULE part BYDAY is not supported; only FREQ=YEARLY with COUNT or UNTIL.");
        messages.Should().Contain("FREQ='MONTHLY' is not supported; only FREQ=YEARLY.");
        messages.Should().Contain("INTERVAL=2 (every 2 years) is not supported; only every year.");
        messages.Should().Contain("EXDATE is not supported: it changes which dates the event covers. Write each date as its own event.");
        messages.Should().Contain("The component 'VTODO' is not supported here: only VEVENT (all-day events) in a VCALENDAR.");
    }

    [Fact]
    public void Parse_FoldedLinesWithSpaceOrTab_AreUnfolded()
    {
        var set = Parsed(Event("DTST", "\tART;VALUE=DATE:2025", " 1225", "SUMMARY:Christ", " mas"));

        set.Dates.Should().Equal(new LocalDate(2025, 12, 25));
    }

    [Fact]
    public void Parse_LfLineEndings_AreAccepted()
    {
        var set = Parsed("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20251225\nEND:VEVENT\nEND:VCALENDAR");

        set.Dates.Should().Equal(new LocalDate(2025, 12, 25));
    }

    [Fact]
    public void Parse_NamesAndParameters_AreCaseInsensitive()
    {
        var set = Parsed("begin:vcalendar\r\nversion:2.0\r\nbegin:vevent\r\ndtstart;value=date:20251225\r\nrrule:freq=yearly;count=2\r\nend:vevent\r\nend:vcalendar\r\n");

        set.Yearly.Should().Equal(Yearly(12, 25, 2025, 2026));
    }

    [Fact]
    public void Parse_MultiDayEvent_ClosesEveryDateBeforeTheExclusiveEnd()
    {
        var set = Parsed(Event("DTSTART;VALUE=DATE:20251230", "DTEND;VALUE=DATE:20260102"));

        set.Dates.Should().Equal(new LocalDate(2025, 12, 30), new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 1));
    }

    [Fact]
    public void Parse_YearlyMultiDayEventAcrossNewYear_ShiftsTheYearsOfTheLaterDays()
    {
        var set = Parsed(Event("DTSTART;VALUE=DATE:20251231", "DTEND;VALUE=DATE:20260102", "RRULE:FREQ=YEARLY;COUNT=3"));

        set.Yearly.Should().Equal(Yearly(1, 1, 2026, 2028), Yearly(12, 31, 2025, 2027));
    }

    [Fact]
    public void Parse_DateWithoutValueParameter_IsTakenAsADate()
    {
        Parsed(Event("DTSTART:20251225")).Dates.Should().Equal(new LocalDate(2025, 12, 25));
    }

    [Fact]
    public void Parse_LastDateOfTheIsoRange_HasNoOverflow()
    {
        Parsed(Event("DTSTART;VALUE=DATE:99991231", "RRULE:FREQ=YEARLY;COUNT=5")).Yearly.Should().Equal(Yearly(12, 31, 9999, 9999));
    }

    [Theory]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=3", 2032)]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20350228", 2032)]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20360229", 2036)]
    public void Parse_YearlyOn29February_CountsOnlyLeapYears(string rule, int lastYear)
    {
        // RFC 5545 §3.3.10: recurrences on an invalid date (29 February of a common year) are skipped and not counted.
        var set = Parsed(Event("DTSTART;VALUE=DATE:20240229", rule));

        set.Yearly.Should().Equal(Yearly(2, 29, 2024, lastYear));
    }

    [Theory]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20300704", 2030)]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20300703", 2029)]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20250704", 2025)]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=1", 2025)]
    [InlineData("RRULE:FREQ=YEARLY;INTERVAL=1;WKST=MO;COUNT=2", 2026)]
    public void Parse_YearlyBounds_GiveTheLastYearInclusive(string rule, int lastYear)
    {
        Parsed(Event("DTSTART;VALUE=DATE:20250704", rule)).Yearly.Should().Equal(Yearly(7, 4, 2025, lastYear));
    }

    [Theory]
    [InlineData("RRULE:COUNT=2")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=0")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=-1")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=99999999999")]
    [InlineData("RRULE:FREQ=YEARLY;INTERVAL=0")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101")]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20300101T000000Z")]
    [InlineData("RRULE:FREQ=YEARLY;UNTIL=20240101")]
    [InlineData("RRULE:FREQ=YEARLY;FREQ=YEARLY")]
    [InlineData("RRULE:FREQ=YEARLY;COUNT")]
    [InlineData("RRULE:FREQ=FORTNIGHTLY")]
    public void Parse_InvalidRule_IsReportedOnItsLine(string rule)
    {
        Problems(Event("DTSTART;VALUE=DATE:20250704", rule)).Should().Equal((IcsProblemCodes.InvalidRule, 5));
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY")]
    [InlineData("RRULE:FREQ=DAILY;COUNT=3")]
    [InlineData("RRULE:FREQ=YEARLY;INTERVAL=4")]
    [InlineData("RRULE:FREQ=YEARLY;BYMONTH=8")]
    [InlineData("RRULE:FREQ=YEARLY;BYMONTHDAY=5")]
    [InlineData("RRULE:FREQ=YEARLY;BYYEARDAY=185")]
    [InlineData("RRULE:FREQ=YEARLY;BYSETPOS=1")]
    public void Parse_UnsupportedRule_IsReportedOnItsLine(string rule)
    {
        Problems(Event("DTSTART;VALUE=DATE:20250704", rule)).Should().Equal((IcsProblemCodes.UnsupportedRule, 5));
    }

    [Theory]
    [InlineData("20240228", "20240301")]
    [InlineData("20250228", "20250302")]
    [InlineData("20240229", "20240302")]
    public void Parse_YearlyMultiDayEventAcrossTheEndOfFebruary_IsUnsupported(string start, string end)
    {
        Problems(Event($"DTSTART;VALUE=DATE:{start}", $"DTEND;VALUE=DATE:{end}", "RRULE:FREQ=YEARLY"))
            .Should().Equal((IcsProblemCodes.UnsupportedRule, 6));
    }

    [Fact]
    public void Parse_SingleMultiDayEventAcrossTheEndOfFebruary_IsFine()
    {
        Parsed(Event("DTSTART;VALUE=DATE:20240228", "DTEND;VALUE=DATE:20240302")).Dates.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE-TIME:20251225T090000")]
    [InlineData("DTSTART;TZID=America/New_York:20251225T090000")]
    [InlineData("DTSTART:20251225T090000Z")]
    public void Parse_TimedEvent_IsReported(string start)
    {
        Problems(Event(start)).Should().Equal((IcsProblemCodes.TimedEvent, 4));
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:20250230")]
    [InlineData("DTSTART;VALUE=DATE:2025-12-25")]
    [InlineData("DTSTART;VALUE=DATE:00001225")]
    [InlineData("DTSTART;VALUE=DATE:")]
    [InlineData("DTSTART;VALUE=PERIOD:20251225")]
    public void Parse_DateThatIsNotADate_IsReported(string start)
    {
        Problems(Event(start)).Should().Equal((IcsProblemCodes.InvalidDate, 4));
    }

    [Theory]
    [InlineData("DTEND;VALUE=DATE:20251225")]
    [InlineData("DTEND;VALUE=DATE:20251224")]
    [InlineData("DTEND;VALUE=DATE:20270101")]
    public void Parse_EndNotAfterStartOrTooFar_IsAnInvalidRange(string end)
    {
        Problems(Event("DTSTART;VALUE=DATE:20251225", end)).Should().Equal((IcsProblemCodes.InvalidRange, 5));
    }

    [Fact]
    public void Parse_EventWithoutStart_IsReportedAtItsBegin()
    {
        Problems(Event("SUMMARY:Nothing")).Should().Equal((IcsProblemCodes.MissingProperty, 3));
    }

    [Fact]
    public void Parse_RepeatedStartEndOrRule_IsReported()
    {
        Problems(Event(
            "DTSTART;VALUE=DATE:20251225", "DTSTART;VALUE=DATE:20251226",
            "DTEND;VALUE=DATE:20251226", "DTEND;VALUE=DATE:20251227",
            "RRULE:FREQ=YEARLY", "RRULE:FREQ=YEARLY"))
            .Should().Equal((IcsProblemCodes.DuplicateProperty, 5), (IcsProblemCodes.DuplicateProperty, 7), (IcsProblemCodes.DuplicateProperty, 9));
    }

    [Theory]
    [InlineData("DURATION:P1D")]
    [InlineData("RECURRENCE-ID;VALUE=DATE:20251225")]
    [InlineData("EXRULE:FREQ=YEARLY")]
    [InlineData("PRIORITYX:1")]
    public void Parse_PropertyThatMayChangeTheDates_IsReported(string property)
    {
        Problems(Event("DTSTART;VALUE=DATE:20251225", property)).Should().Equal((IcsProblemCodes.UnsupportedProperty, 5));
    }

    [Theory]
    [InlineData("VERSION:1.0", IcsProblemCodes.UnsupportedValue)]
    [InlineData("CALSCALE:HEBREW", IcsProblemCodes.UnsupportedValue)]
    [InlineData("METHOD:CANCEL", IcsProblemCodes.UnsupportedValue)]
    [InlineData("TIMEZONE-ID:x", IcsProblemCodes.UnsupportedProperty)]
    public void Parse_CalendarPropertyThatChangesMeaning_IsReported(string property, string code)
    {
        Problems(Calendar(property)).Should().Equal((code, 3));
    }

    [Fact]
    public void Parse_DescriptiveAndExtensionProperties_AreReadPast()
    {
        var set = Parsed(Calendar(
            "NAME:Holidays", "X-WR-CALNAME:Holidays", "METHOD:PUBLISH", "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251225", "UID:1", "DTSTAMP:20250101T000000Z", "SEQUENCE:2",
            "LOCATION:HQ", "ORGANIZER;CN=\"Desk; Team\":mailto:desk@example.com", "X-CUSTOM;X-P=1:anything", "STATUS:TENTATIVE",
            "END:VEVENT"));

        set.Dates.Should().Equal(new LocalDate(2025, 12, 25));
    }

    [Theory]
    [InlineData("no colon here")]
    [InlineData(":value without a name")]
    [InlineData("DTSTART;VALUE:20251225")]
    [InlineData("ORGANIZER;CN=\"unterminated:mailto:x")]
    public void Parse_MalformedContentLine_IsASyntaxProblemOnItsLine(string line)
    {
        Problems(Event("DTSTART;VALUE=DATE:20251225", line)).Should().Equal((IcsProblemCodes.Syntax, 5));
    }

    [Fact]
    public void Parse_FoldedLineWithNothingBefore_IsASyntaxProblem()
    {
        Problems(" BEGIN:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR").Should().Equal((IcsProblemCodes.Syntax, 1));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("{\"calendars\": []}", null)]
    [InlineData("BEGIN:VEVENT\r\nEND:VEVENT", 1)]
    public void Parse_TextThatIsNotAnICalendarFile_IsOneStructureProblem(string text, int? line)
    {
        var problems = Problems(text);

        problems.Should().HaveCount(text.StartsWith('{') ? 2 : 1);
        problems[^1].Should().Be((IcsProblemCodes.Structure, line));
    }

    [Fact]
    public void Parse_UnclosedComponents_AreReportedAtTheirBegin()
    {
        Problems("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251225\r\n")
            .Should().Equal((IcsProblemCodes.Structure, 1), (IcsProblemCodes.Structure, 2));
    }

    [Fact]
    public void Parse_MismatchedEnd_IsReported()
    {
        Problems(Calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251225", "END:VTODO", "END:VEVENT"))
            .Should().Equal((IcsProblemCodes.Structure, 5));
    }

    [Fact]
    public void Parse_NestedCalendarOrEventInEvent_IsReported()
    {
        Problems(Calendar("BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251225", "BEGIN:VEVENT", "END:VEVENT", "END:VEVENT"))
            .Should().Equal((IcsProblemCodes.Structure, 3), (IcsProblemCodes.UnsupportedComponent, 7));
    }

    [Fact]
    public void Parse_ContentAfterTheCalendar_IsReportedOnce()
    {
        Problems(Calendar() + "SUMMARY:stray\r\nSUMMARY:stray\r\n").Should().Equal((IcsProblemCodes.Structure, 4));
    }

    [Fact]
    public void Parse_SeveralCalendarsInOneStream_AreAllRead()
    {
        var set = Parsed(Event("DTSTART;VALUE=DATE:20251225") + Event("DTSTART;VALUE=DATE:20251226"));

        set.Dates.Should().Equal(new LocalDate(2025, 12, 25), new LocalDate(2025, 12, 26));
    }

    [Fact]
    public void Parse_EmptyCalendar_IsAnEmptySetWithTheGivenName()
    {
        var set = IcsHolidays.Parse(Calendar(), "none").Value;

        set.Name.Should().Be("none");
        set.Dates.Should().BeEmpty();
        set.Yearly.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInLineOrder()
    {
        var problems = Problems(Calendar(
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251325", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART:20251225T100000", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251225", "RRULE:FREQ=WEEKLY;BYDAY=MO", "EXDATE:20261225", "END:VEVENT"));

        problems.Should().Equal(
            (IcsProblemCodes.InvalidDate, 4),
            (IcsProblemCodes.TimedEvent, 7),
            (IcsProblemCodes.UnsupportedRule, 11),
            (IcsProblemCodes.UnsupportedRule, 11),
            (IcsProblemCodes.UnsupportedProperty, 12));
    }

    [Fact]
    public void Parse_TooLong_IsReportedWithoutReading()
    {
        var problems = Problems(new string('x', IcsHolidays.MaxInputLength + 1));

        problems.Should().Equal((IcsProblemCodes.TooLarge, (int?)null));
    }

    [Fact]
    public void Parse_NullArguments_AreProgrammerErrors()
    {
        var noText = () => IcsHolidays.Parse(null!, "x");
        var noName = () => IcsHolidays.Parse(Calendar(), null!);
        var blankName = () => IcsHolidays.Parse(Calendar(), " ");

        noText.Should().Throw<ArgumentNullException>().WithParameterName("ics");
        noName.Should().Throw<ArgumentNullException>().WithParameterName("setName");
        blankName.Should().Throw<ArgumentException>().WithParameterName("setName");
    }

    [Fact]
    public void Parse_ArbitraryLinesMadeOfICalendarPieces_NeverThrows()
    {
        var piece = Gen.OneOfConst(
            "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VALARM", "END:VALARM", "BEGIN:X",
            "DTSTART;VALUE=DATE:20240229", "DTSTART:99991231", "DTEND;VALUE=DATE:20240301", "DTEND:00010101", "DTSTART:2025",
            "RRULE:FREQ=YEARLY;COUNT=2147483647", "RRULE:FREQ=YEARLY;UNTIL=99991231", "RRULE:;;=", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
            " folded", "\t", ":", ";", "A;B=\"", "EXDATE:1", "SUMMARY:x", "");
        var ics = Gen.Select(piece.Array[0, 40], Gen.OneOfConst("\r\n", "\n"), (lines, newline) => string.Join(newline, lines));
        var noise = Gen.String[Gen.Char, 0, 200];

        Gen.OneOf(ics, noise).Sample(text =>
        {
            var result = IcsHolidays.Parse(text, "fuzz");
            return result.IsSuccess || result.Problems.Count > 0;
        }, iter: MutationRun.Iter(2000));
    }
}
