using System.Linq;
using CsCheck;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.ICalendar;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.ICalendar;

// Fuzzing: hostile text made from the sample files (see docs/quality.md for what each case is and why).
public sealed partial class IcsHolidaysTests
{
    private static ParseResult<HolidaySet> CheckCase(string ics)
    {
        // Problems without a line are about the whole text (too large, not a calendar at all).
        int lines = ics.Count(c => c == '\n') + 1;
        return FuzzContract.Holds(
            ics.Length * sizeof(char),
            () => IcsHolidays.Parse(ics, "fuzz"),
            p => p.Code.StartsWith("ical.", System.StringComparison.Ordinal) || p.Code == InputProblemCodes.TooManyProblems
                ? p.Line is null || (p.Line >= 1 && p.Line <= lines)
                : false);
    }

    [Fact]
    public void Parse_HostileEditsOfTheSamples_KeepTheParseContract()
    {
        AdversarialIcs.Documents(Sample("us-holidays.ics"), Sample("unsupported.ics")).Sample(ics => CheckCase(ics), iter: MutationRun.Iter(500));
    }

    [Fact]
    public void Parse_TenMegabytesOfText_IsOneTooLargeProblemWithinTheMemoryCap()
    {
        string ics = Calendar("SUMMARY:" + new string('s', 10 * 1024 * 1024));

        CheckCase(ics).Problems.Should().ContainSingle().Which.Code.Should().Be(IcsProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_FoldedSummaryJustUnderTheSizeLimit_IsReadPastWithinTheMemoryCap()
    {
        string summary = AdversarialIcs.Fold("SUMMARY:" + new string('s', (IcsHolidays.MaxInputLength / 2) - 1000));
        string ics = Event("DTSTART;VALUE=DATE:20250704", summary, "DTEND;VALUE=DATE:20250705");

        CheckCase(ics).Value.Should().Be(HolidaySet.Create("fuzz", [new NodaTime.LocalDate(2025, 7, 4)], []));
    }

    [Fact]
    public void Parse_HundredThousandNestedEvents_ListsTheCappedProblemsWithinTheMemoryCap()
    {
        string ics = Calendar([.. Enumerable.Repeat("BEGIN:VEVENT", 100_000)]);

        var problems = CheckCase(ics).Problems;

        problems.Should().HaveCountLessThanOrEqualTo(InputProblemCollector.MaxListed + 1);
        problems.Should().Contain(p => p.Code == IcsProblemCodes.Structure);
    }
}
