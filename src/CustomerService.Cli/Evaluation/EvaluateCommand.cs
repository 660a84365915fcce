using System;
using System.IO;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;
using CustomerService.Core.Sla.Backtesting;

namespace CustomerService.Cli.Evaluation;

/// <summary><c>cs-sla evaluate</c>: the SLA state of every target of every ticket in a file, at one instant.</summary>
internal static class EvaluateCommand
{
    public const string Usage = """
          cs-sla evaluate [--tickets T.jsonl] [--policies P.json] [--calendars C.json] [--at WHEN] [--format table|json|csv]
                                 the SLA state of every target of every ticket: stage, due, breach, elapsed, remaining
        """;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "tickets", "policies", "calendars", "at", "format");
        var output = TargetOutput.For(options.Optional("format"), stdout);
        var analysis = Analysis.Load(options, stderr, withSurveys: false);
        if (analysis is null)
        {
            return ExitCodes.InputProblems;
        }

        var totals = new AchievementTally();
        output.Begin(analysis);
        foreach (var (record, report) in analysis.Evaluate())
        {
            foreach (var state in report.Targets)
            {
                output.Write(record.Ticket.Id, state);
            }

            totals.Add(report);
        }

        output.End(analysis, totals.ToResult(analysis.At.GetValueOrDefault()));
        return analysis.Finish();
    }
}
