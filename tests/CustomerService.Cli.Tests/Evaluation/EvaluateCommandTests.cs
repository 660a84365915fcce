using System;
using System.Linq;
using System.Text.Json;
using static CustomerService.Cli.Tests.TicketLines;

namespace CustomerService.Cli.Tests.Evaluation;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evaluate_TheExample_GivesTheWorkedAnswer_AtTheLatestInstantOfTheFile()
    {
        var run = CliRun.Of("evaluate", "--tickets", Tickets(Example));

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("SLA states at 2025-03-10T15:00:00Z (the latest instant in the ticket file)");
        // Enterprise, high: 1 business hour on support-ny. Friday 16:00-17:00 EST, then Monday from 09:00 EDT: due at
        // Friday's closing, breached when Monday opens, answered 40 minutes late.
        Row(run.Out, "first-reply").Should().Equal(
            TicketIdText, "sla", "first-reply", "enterprise", "v3", "1", "breached", "yes", "2025-03-07T22:00:00Z", "2025-03-10T13:00:00Z", "1h40m", "-40m", "166.7%");
        // 8 business hours to resolve; solved on Monday at 11:00 EDT after 3 of them, so due at 16:00 EDT had it run on.
        Row(run.Out, "resolution").Should().Equal(
            TicketIdText, "sla", "resolution", "enterprise", "v3", "1", "achieved", "no", "2025-03-10T20:00:00Z", "2025-03-10T20:00:00Z", "3h", "5h", "37.5%");
        run.Out.Should().Contain("1 ticket(s), 1 with a breach");
    }

    [Fact]
    public void Evaluate_AFileWithAByteOrderMarkAndComments_FindsItsLatestInstantAsTheReaderReadsIt()
    {
        var file = _folder.Write("bom.jsonl", "\uFEFF" + Example.Replace("\"tier\"", "/* exported */ \"tier\"", StringComparison.Ordinal) + "\n");

        var run = CliRun.Of("evaluate", "--tickets", file);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("SLA states at 2025-03-10T15:00:00Z (the latest instant in the ticket file)");
    }

    [Fact]
    public void Evaluate_AtAnEarlierInstant_IsAWhatIf()
    {
        var run = CliRun.Of("evaluate", "--tickets", Tickets(Example), "--at", "2025-03-07T21:30:00Z");

        run.ExitCode.Should().Be(0);
        Row(run.Out, "first-reply").Skip(6).Should().Equal("running", "no", "2025-03-07T22:00:00Z", "2025-03-10T13:00:00Z", "30m", "30m", "50.0%");
    }

    [Fact]
    public void Evaluate_AsCsv_ParsesIntoOneRowPerTarget()
    {
        var run = CliRun.Of("evaluate", "--tickets", Tickets(Example, Numbered(2)), "--format", "csv");

        run.ExitCode.Should().Be(0);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        rows[0].Should().Equal("ticket", "kind", "metric", "policy", "policy_version", "cycle", "stage", "breached", "due_at", "breach_at", "elapsed_seconds", "remaining_seconds", "percent_used");
        rows.Skip(1).Should().HaveCount(4).And.OnlyContain(r => r.Length == rows[0].Length);
        rows[1].Should().Equal(TicketIdText, "sla", "first-reply", "enterprise", "3", "1", "breached", "true", "2025-03-07T22:00:00Z", "2025-03-10T13:00:00Z", "6000", "-2400", "166.6667");
    }

    [Fact]
    public void Evaluate_AsJson_IsOneDocumentWithEveryTarget()
    {
        var run = CliRun.Of("evaluate", "--tickets", Tickets(Example, Numbered(2)), "--format", "json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("evaluatedAt").GetString().Should().Be("2025-03-10T15:00:00Z");
        root.GetProperty("tickets").GetInt32().Should().Be(2);
        root.GetProperty("ticketsBreached").GetInt32().Should().Be(2);
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        targets.Should().HaveCount(4);
        targets[0].GetProperty("stage").GetString().Should().Be("breached");
        targets[0].GetProperty("elapsedSeconds").GetDouble().Should().Be(6000);
        targets[1].GetProperty("metric").GetString().Should().Be("resolution");
        targets[1].GetProperty("policyVersion").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Evaluate_AMixedFile_ReportsEveryBadLine_EvaluatesTheGoodOnes_AndExitsWith1()
    {
        var file = _folder.Write("mixed.jsonl", Lines(
            Example,
            "{\"ticket\": oops}",
            Line(Opened(), """{"type":"escalated","at":"2025-03-08T10:00:00Z"}"""),
            string.Empty,
            Line(Opened(), """{"type":"status-changed","at":"2025-03-08T10:00:00Z","from":"solved","to":"open","trigger":"command"}"""),
            Line(Opened(), $$"""{"type":"message","at":"2025-03-08T10:00:00Z","author":"customer","body":"{{new string('x', 1_100_000)}}"}"""),
            Numbered(7)));

        var run = CliRun.Of("evaluate", "--tickets", file, "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5, "a header and two targets of each good ticket");
        run.Error.Should().Contain($"{file}:2:").And.Contain("json.syntax")
            .And.Contain($"{file}:3:").And.Contain("$.events[1].type: file.unknown_event_type")
            .And.Contain($"{file}:5:").And.Contain("$.events[1]: ticket.history.state_mismatch")
            .And.Contain($"{file}:6: file.line_too_long: The line is longer than 1,048,576 bytes")
            .And.Contain($"{file}: 4 line(s) with 4 problem(s) were skipped; 2 ticket(s) read.");
        run.Error.Should().NotContain(":4:", "a blank line is no ticket and no problem").And.NotContain(":1:").And.NotContain(":7:");
    }

    [Fact]
    public void Evaluate_AFileOfBadLinesOnly_WritesNoTarget_AndExitsWith1()
    {
        var run = CliRun.Of("evaluate", "--tickets", Tickets("not json", "{}"), "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Out.Trim().Split('\n').Should().ContainSingle("only the header");
        run.Error.Should().Contain(":1:2: json.syntax").And.Contain(":2:1: $.ticket: json.missing_property").And.Contain("2 line(s) with 3 problem(s)")
            .And.NotContain("not json", "a line that is not JSON may still hold personal data");
    }

    [Fact]
    public void Evaluate_AnEmptyFile_EvaluatesNothing_AndExitsWith0()
    {
        var run = CliRun.Of("evaluate", "--tickets", _folder.Write("empty.jsonl", string.Empty));

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("SLA states at - (the latest instant in the ticket file)").And.Contain("0 ticket(s), 0 with a breach");
    }

    [Fact]
    public void Evaluate_ATicketWithAnUnknownCustomerCalendar_IsABadLine()
    {
        var line = Example.Replace("\"tier\":\"enterprise\"", "\"tier\":\"enterprise\",\"calendar\":\"mars-base\"", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", "--tickets", Tickets(line, Numbered(2)), "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(":1: $.calendar: file.unknown_calendar: The customer's calendar is not one of the calendars given; they are: support-ny, billing-berlin, night-desk-sydney.")
            .And.Contain("1 ticket(s) read");
    }

    [Fact]
    public void Evaluate_TheBuiltInSample_AtTheEndOfItsPeriod_TheSameEveryRun()
    {
        var first = CliRun.Of("evaluate", "--format", "csv");
        var second = CliRun.Of("evaluate", "--format", "csv");

        first.ExitCode.Should().Be(0);
        first.Error.Should().BeEmpty();
        first.Out.Should().Be(second.Out);
        first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeGreaterThan(3000, "1,000 tickets with three or more targets each");
        CliRun.Of("evaluate").Out.Should().StartWith("SLA states at 2025-03-31T00:00:00Z (the end of the sample's period)").And.Contain("1,000 ticket(s)");
    }

    [Fact]
    public void Evaluate_UnderAnotherCulture_WritesTheSameNumbers()
    {
        var file = Tickets(Example, Numbered(2));
        var invariant = CliRun.Of("evaluate", "--tickets", file, "--format", "csv");
        var kpis = CliRun.Of("kpi", "--format", "json");
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            CliRun.Of("evaluate", "--tickets", file, "--format", "csv").Out.Should().Be(invariant.Out).And.Contain("166.6667");
            CliRun.Of("kpi", "--format", "json").Out.Should().Be(kpis.Out).And.MatchRegex("\"score\": \\d+\\.\\d");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Evaluate_APolicyFileWithProblems_SaysWhere_AndComputesNothing()
    {
        var policies = _folder.Write("policies.json", """{ "policies": [{ "id": "p", "version": 1, "calendar": "nowhere", "targets": [] }] }""");

        var run = CliRun.Of("evaluate", "--tickets", Tickets(Example), "--policies", policies);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain($"{policies}: $.policies[0].calendar").And.Contain("nothing was computed");
    }

    [Theory]
    [InlineData("--format", "xml", "--format 'xml' is not one of table, csv or json")]
    [InlineData("--at", "friday", "--at 'friday' is not a point in time")]
    [InlineData("--tickets", "/no/such/tickets.jsonl", "--tickets '/no/such/tickets.jsonl' does not exist")]
    [InlineData("--surveys", "s.jsonl", "unexpected '--surveys'")]
    public void Evaluate_UsageMistakes_ExitWith2(string option, string value, string message)
    {
        var run = CliRun.Of("evaluate", option, value);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain(message);
    }

    private string Tickets(params string[] lines) => _folder.Write("tickets.jsonl", Lines(lines));

    /// <summary>The cells of the table row of a metric, split on the column gaps.</summary>
    private static string[] Row(string table, string metric) =>
        table.Split('\n').Single(l => l.StartsWith(TicketIdText, StringComparison.Ordinal) && l.Contains($"  {metric}  ", StringComparison.Ordinal))
            .Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(cell => cell.StartsWith("enterprise", StringComparison.Ordinal) ? cell.Split(' ') : [cell])
            .ToArray();
}
