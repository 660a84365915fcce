using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CustomerService.Cli.JsonLines;
using CustomerService.Cli.TicketFiles;
using static CustomerService.Cli.Tests.TicketLines;

namespace CustomerService.Cli.Tests.KpiReports;

public sealed class KpiCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Kpi_TwoTicketsAndTheirSurveys_GivesTheOverallFigures()
    {
        var run = CliRun.Of("kpi", "--tickets", Tickets(Example, Numbered(2)), "--surveys", Surveys(Csat(TicketIdText, 5), Csat(NumberedId(2), 2, "6d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f")));

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().StartWith("KPIs of 2 tickets and 2 survey responses; backlog at 2025-03-10T15:00:00Z (the latest instant in the ticket file); periods: weeks in UTC")
            .And.Contain("tickets created 2, solved 2; backlog 0")
            // Both first replies came 2 days 16 hours 40 minutes after the Friday message (calendar time).
            .And.MatchRegex(@"first response time\s+2\s+2d16h40m\s")
            .And.MatchRegex(@"first contact resolution\s+100.0%\s+2 of 2")
            .And.Contain("CSAT 50.0 (2 rated)")
            .And.MatchRegex(@"sla first-reply\s+-\s+0.0%\s+-\s+-\s+0.0%");
    }

    [Fact]
    public void Kpi_WithABusinessCalendar_GivesBusinessTimeToo()
    {
        var run = CliRun.Of("kpi", "--tickets", Tickets(Example), "--calendar", "support-ny");

        run.ExitCode.Should().Be(0);
        // Friday 16:00-17:00 EST and Monday 09:00-09:40 EDT in New York's business hours.
        run.Out.Should().Contain("business time in support-ny").And.MatchRegex(@"first response time\s+1\s+2d16h40m\s.*\s1h40m\s+1h40m");
    }

    [Fact]
    public void Kpi_GroupedByAgentAndByChannelAndPeriod_AsJson_CountsEachSurveyWithItsTicket()
    {
        var run = CliRun.Of(
            "kpi", "--tickets", Tickets(Example, Numbered(2)), "--surveys", Surveys(Csat(TicketIdText, 5)),
            "--group-by", "agent,channel+period", "--period", "day", "--zone", "America/New_York", "--format", "json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("tickets").GetInt32().Should().Be(2);
        root.GetProperty("timeZone").GetString().Should().Be("America/New_York");
        root.GetProperty("overall").GetProperty("csat").GetProperty("rated").GetInt32().Should().Be(1);
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("grouping").GetString()).Distinct().Should().Equal("agent", "period", "channel+period");
        var agent = groups.Single(g => g.GetProperty("grouping").GetString() == "agent");
        agent.GetProperty("key").GetProperty("agent").GetString().Should().Be(AgentIdText);
        agent.GetProperty("figures").GetProperty("ticketsSolved").GetInt32().Should().Be(2);
        // The response was answered on Monday 10 March (in New York), on the email ticket: it counts there.
        var monday = groups.Single(g => g.GetProperty("grouping").GetString() == "channel+period" && g.GetProperty("key").GetProperty("period").GetString() == "2025-03-10");
        monday.GetProperty("key").GetProperty("channel").GetString().Should().Be("email");
        monday.GetProperty("figures").GetProperty("csat").GetProperty("score").GetDouble().Should().Be(100);
        monday.GetProperty("figures").GetProperty("firstResponseTime").GetProperty("calendarTime").GetProperty("medianSeconds").GetDouble()
            .Should().BeApproximately(232_800, 232_800 * 0.01, "2d16h40m, within the sketch's 1%");
    }

    [Fact]
    public void Kpi_AsCsv_HasOneRowOverallAndOnePerGroup_EachAsWideAsTheHeader()
    {
        var run = CliRun.Of("kpi", "--group-by", "priority", "--format", "csv");

        run.ExitCode.Should().Be(0);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        rows[0].Take(8).Should().Equal("grouping", "agent", "group", "channel", "priority", "tier", "period", "tickets_created");
        rows[1][0].Should().Be("overall");
        rows[1][7].Should().Be("1000");
        rows.Skip(2).Select(r => (r[0], r[4])).Should().Equal(("priority", "low"), ("priority", "normal"), ("priority", "high"), ("priority", "urgent"));
        rows.Skip(2).Sum(r => int.Parse(r[7])).Should().Be(1000, "every ticket has one priority at the end of its history");
        rows.Should().OnlyContain(r => r.Length == rows[0].Length);
    }

    [Fact]
    public void Kpi_ABadSurveyLine_IsReported_TheRestStillCounts()
    {
        var run = CliRun.Of("kpi", "--tickets", Tickets(Example), "--surveys", Surveys(Csat(TicketIdText, 5), "{\"response\":1}"));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("CSAT 100.0 (1 rated)");
        run.Error.Should().Contain("surveys.jsonl:2:").And.Contain("$.response: json.wrong_type").And.Contain("1 survey response(s) read");
    }

    [Fact]
    public void Kpi_OfHundredThousandTickets_StreamsThemThrough()
    {
        const int count = 100_000;
        var path = _folder.File("many.jsonl");
        using (var file = new StreamWriter(path))
        {
            for (var i = 1; i <= count; i++)
            {
                file.Write(Numbered(i));
                file.Write('\n');
            }
        }

        var run = CliRun.Of("kpi", "--tickets", path, "--format", "json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("overall").GetProperty("ticketsSolved").GetInt32().Should().Be(count);
        run.Error.Should().Contain("many.jsonl: 10,000 lines read...").And.Contain("many.jsonl: 100,000 lines read...");
    }

    [Fact]
    public void Read_IsLazy_ATicketIsReadyBeforeTheRestOfTheFileIsRead()
    {
        var path = Tickets([.. Enumerable.Range(1, 5_000).Select(Numbered)]);
        var report = new FileReport("tickets.jsonl", "ticket", TextWriter.Null);

        using var records = InputFile.Of(path, "tickets").Read(TicketLineReader.Parse, report).GetEnumerator();
        records.MoveNext().Should().BeTrue();

        report.GoodLines.Should().Be(1, "one line was parsed, the 4,999 others wait");
    }

    [Fact]
    public void Kpi_AnOutputFileThatCannotBeWritten_ExitsWith3()
    {
        var run = CliRun.Of("kpi", "--tickets", Tickets(Example), "--out", _folder.File("no/such/folder/report.txt"));

        run.ExitCode.Should().Be(3);
        run.Error.Should().StartWith("cs-sla: ").And.Contain("no/such/folder");
    }

    [Theory]
    [InlineData(new[] { "--group-by", "agent,colour" }, "--group-by: 'colour' is not a dimension")]
    [InlineData(new[] { "--period", "fortnight" }, "--period 'fortnight' is not one of day, week or month")]
    [InlineData(new[] { "--zone", "Mars/Olympus" }, "--zone 'Mars/Olympus' is not a time zone")]
    [InlineData(new[] { "--calendar", "nope" }, "--calendar 'nope' is not in the file")]
    [InlineData(new[] { "--format", "pdf" }, "--format 'pdf' is not one of table, csv, json or html")]
    [InlineData(new[] { "--surveys", "s.jsonl" }, "--surveys needs --tickets")]
    public void Kpi_UsageMistakes_ExitWith2(string[] options, string message)
    {
        var run = CliRun.Of(["kpi", .. options]);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain(message);
    }

    private string Tickets(params string[] lines) => _folder.Write("tickets.jsonl", Lines(lines));

    private string Surveys(params string[] lines) => _folder.Write("surveys.jsonl", Lines(lines));
}
