using System;
using System.IO;

namespace CustomerService.Cli.Tests;

public sealed class CalendarCommandTests : IDisposable
{
    // SLA-SEMANTICS.md §6 example 6 uses Mon-Fri 08:00-17:00; kept in UTC so the numbers read plainly.
    private const string EightToFive = """
        { "calendars": [ { "id": "eight-to-five", "timeZone": "UTC", "weeklyHours": {
            "monday": [{ "start": "08:00", "end": "17:00" }], "tuesday": [{ "start": "08:00", "end": "17:00" }],
            "wednesday": [{ "start": "08:00", "end": "17:00" }], "thursday": [{ "start": "08:00", "end": "17:00" }],
            "friday": [{ "start": "08:00", "end": "17:00" }] } } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cs-sla-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Tour_OfTheSample_ComputesTheWorkedExamples()
    {
        var run = CliRun.Of("calendar", "tour");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        // SLA-SEMANTICS.md §6 example 4: 2 business hours from Fri 2025-03-07 16:00 EST.
        run.Out.Should().Contain("due with 2 business hours:  2025-03-10T10:00:00-04:00 (2025-03-10T14:00:00Z)");
        // The night clocks skip an hour, so the 22:00-06:00 shift holds 7 hours of open time.
        run.Out.Should().Contain("open time of the Saturday night shift: 7h");
        // Thanksgiving (27 November) is in the sample's holiday set: four 8-hour days.
        run.Out.Should().Contain("open time in Thanksgiving week: 1d8h");
    }

    [Fact]
    public void Add_WithALocalStart_ReadsItInTheCalendarsZone()
    {
        var run = CliRun.Of("calendar", "add", "--calendar", "support-ny", "--from", "2025-03-07T16:00", "--duration", "2h");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("2025-03-10T10:00:00-04:00 (2025-03-10T14:00:00Z): 2h of open time in support-ny after 2025-03-07T16:00:00-05:00");
    }

    [Fact]
    public void Subtract_GoesBackOverTheWeekend()
    {
        var run = CliRun.Of("calendar", "subtract", "--calendar", "support-ny", "--from", "2025-03-10T14:00:00Z", "--duration", "2h");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("2025-03-07T16:00:00-05:00 (2025-03-07T21:00:00Z): 2h of open time in support-ny before");
    }

    [Fact]
    public void Between_OnAFile_GivesBusinessTime_WorkedExample6()
    {
        var file = Write("calendars.json", EightToFive);

        // Opened Friday 2025-03-07 21:00, evaluated Monday 09:30: 1h30m of business time.
        var run = CliRun.Of("calendar", "between", "--calendars", file, "--calendar", "eight-to-five", "--from", "2025-03-07T21:00:00Z", "--to", "2025-03-10T09:30:00Z");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("1h30m of open time in eight-to-five");
    }

    [Fact]
    public void Open_OnAHoliday_SaysClosedAndWhenItOpens()
    {
        var run = CliRun.Of("calendar", "open", "--calendar", "support-ny", "--at", "2025-12-25T10:00");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("support-ny is closed at 2025-12-25T10:00:00-05:00")
            .And.Contain("opens  2025-12-26T09:00:00-05:00")
            .And.Contain("closes 2025-12-26T17:00:00-05:00");
    }

    [Fact]
    public void Check_AValidFile_ListsItsCalendars()
    {
        var run = CliRun.Of("calendar", "check", "--calendars", Write("ok.json", EightToFive));

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("1 calendar(s) and 0 holiday set(s), no problems.").And.Contain("eight-to-five (UTC)");
    }

    [Fact]
    public void Check_AFileWithProblems_ReportsEachWithItsPlace_AndExitsWith1()
    {
        var file = Write("bad.json", """
            { "calendars": [ { "id": "x", "timeZone": "Mars/Olympus",
              "weeklyHours": { "monday": [{ "start": "9am", "end": "17:00" }] } } ] }
            """);

        var run = CliRun.Of("calendar", "check", "--calendars", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain($"{file}: $.calendars[0].timeZone").And.Contain("$.calendars[0].weeklyHours.monday[0].start")
            .And.Contain("2 problem(s); nothing was computed.");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown verb 'frobnicate'")]
    [InlineData(new[] { "calendar" }, "calendar needs a verb")]
    [InlineData(new[] { "calendar", "shift" }, "unknown calendar verb 'shift'")]
    [InlineData(new[] { "calendar", "tour", "--calendars", "x.json" }, "unexpected '--calendars'; this verb takes no options")]
    [InlineData(new[] { "calendar", "add", "--calendar", "support-ny", "--from", "2025-03-07T16:00" }, "--duration is required")]
    [InlineData(new[] { "calendar", "add", "--calendar", "support-ny", "--from", "2025-03-07T16:00", "--duration", "2 hours" }, "--duration '2 hours' is not a duration")]
    [InlineData(new[] { "calendar", "add", "--calendar", "support-ny", "--from", "friday", "--duration", "2h" }, "--from 'friday' is not a point in time")]
    [InlineData(new[] { "calendar", "open", "--calendar", "nope", "--at", "2025-03-07T16:00" }, "--calendar 'nope' is not in the file; it has: support-ny, billing-berlin, night-desk-sydney")]
    [InlineData(new[] { "calendar", "open", "--calendar", "support-ny", "--calendar", "support-ny", "--at", "2025-03-07T16:00" }, "--calendar is given twice")]
    [InlineData(new[] { "calendar", "open", "--calendar", "support-ny", "--at" }, "--at needs a value")]
    [InlineData(new[] { "calendar", "open", "--zone", "UTC" }, "unexpected '--zone'")]
    [InlineData(new[] { "calendar", "check", "--calendars", "/no/such/file.json" }, "--calendars '/no/such/file.json' does not exist")]
    public void UsageMistakes_ExplainWhatToWrite_AndExitWith2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain(message).And.Contain("cs-sla --help");
    }

    [Fact]
    public void Help_ListsTheVerbs()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("cs-sla evaluate").And.Contain("cs-sla kpi").And.Contain("cs-sla backtest").And.Contain("cs-sla sample generate")
            .And.Contain("cs-sla calendar add").And.Contain("cs-sla calendar check").And.Contain("cs-sla calendar tour").And.Contain("Exit codes");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
