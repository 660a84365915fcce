using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.Text;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets.Events;
using NodaTime.Text;

namespace CustomerService.Cli.Backtests;

/// <summary><c>cs-sla backtest</c>: what a new policy set would change over tickets already handled.</summary>
internal static class BacktestCommand
{
    public const string Usage = """
          cs-sla backtest --policies OLD.json --against NEW.json [--tickets T.jsonl] [--calendars C.json] [--at WHEN] [--changes N]
                                 what NEW would change against OLD: achievement per kind, metric and priority,
                                 and the first N (default 20) targets whose outcome changes
        """;

    private const int DefaultChanges = 20;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "policies", "against", "tickets", "calendars", "at", "changes");
        options.Required("policies");
        var candidatePath = options.Required("against");
        var changes = options.Optional("changes") is { } text ? Count(text) : DefaultChanges;
        var analysis = Analysis.Load(options, stderr, withSurveys: false);
        var candidate = analysis is null ? null : PolicySource.Load(candidatePath, "against", analysis.Calendars, stderr);
        if (analysis is null || candidate is null)
        {
            return ExitCodes.InputProblems;
        }

        var tickets = analysis.ReadTickets().Select(t => ((IReadOnlyList<ITicketEvent>)t.Value.Ticket.History, (SlaCustomerContext?)t.Value.Customer));
        var comparison = SlaBacktest.Compare(
            analysis.Engine,
            new SlaEngine(candidate, analysis.Calendars.Calendars),
            tickets,
            analysis.At.GetValueOrDefault(),
            new SlaBacktestOptions { MaxChanges = changes });
        Write(stdout, analysis, candidatePath, comparison);
        return analysis.Finish();
    }

    private static void Write(TextWriter output, Analysis analysis, string candidate, SlaBacktestComparison comparison)
    {
        var at = analysis.At is { } instant ? InstantPattern.General.Format(instant) : "-";
        output.WriteLine($"Backtest at {at} ({analysis.AtSource}) over {Numbers.Count(comparison.Baseline.TicketCount)} tickets of {analysis.Tickets.Name}");
        output.WriteLine($"baseline: {analysis.PolicyName}; candidate: {candidate}; calendars: {analysis.CalendarName}");
        output.WriteLine();
        if (comparison.Deltas.Count > 0)
        {
            new TextTable("KIND", "METRIC", "PRIORITY", "ACHIEVED", "BREACHED", "OPEN", "CANCELLED", "ACHIEVEMENT").Write(output, [.. comparison.Deltas.Select(Row)]);
            output.WriteLine();
        }

        output.WriteLine($"tickets with a breach: {Change(comparison.Baseline.TicketsBreached, comparison.Candidate.TicketsBreached)}");
        output.WriteLine(comparison.ChangeCount == 0
            ? "no target changes its outcome."
            : $"{Numbers.Count(comparison.ChangeCount)} target(s) change their outcome{(comparison.IsTruncated ? $"; the first {Numbers.Count(comparison.Changes.Count)}" : string.Empty)}:");
        foreach (var change in comparison.Changes)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  ticket {change.TicketId}: {SlaJsonNames.Kind.Of(change.PolicyKind)} {change.MetricId}#{change.Cycle} {Stage(change.Before)} -> {Stage(change.After)}"));
        }
    }

    private static string[] Row(SlaAchievementDelta d) =>
    [
        SlaJsonNames.Kind.Of(d.Kind),
        d.MetricId,
        SlaJsonNames.Priority.Of(d.Priority),
        Change(d.Baseline.Achieved, d.Candidate.Achieved),
        Change(d.Baseline.Breached, d.Candidate.Breached),
        Change(d.Baseline.Open, d.Candidate.Open),
        Change(d.Baseline.Cancelled, d.Candidate.Cancelled),
        Rate(d.Baseline.AchievementRate, d.Candidate.AchievementRate),
    ];

    private static string Change(long before, long after) =>
        before == after ? Numbers.Count(before) : string.Create(CultureInfo.InvariantCulture, $"{Numbers.Count(before)} -> {Numbers.Count(after)} ({after - before:+#,0;-#,0})");

    private static string Rate(double? before, double? after)
    {
        if (before == after)
        {
            return Numbers.Percent(before * 100);
        }

        var text = $"{Numbers.Percent(before * 100)} -> {Numbers.Percent(after * 100)}";
        return before is { } b && after is { } a ? text + string.Create(CultureInfo.InvariantCulture, $" ({(a - b) * 100:+0.0;-0.0;0.0} pts)") : text;
    }

    private static string Stage(SlaStage? stage) => stage?.ToString().ToLowerInvariant() ?? "none";

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 100_000
            ? count
            : throw new UsageException($"--changes '{text}' is not a whole number from 0 to 100,000.");
}
