using System.IO;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Evaluation;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.KpiReports;
using CustomerService.Cli.Text;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla.Backtesting;
using NodaTime.Text;

namespace CustomerService.Cli.Overview;

/// <summary>
/// What <c>cs-sla</c> does with no arguments, the README's main job: evaluates every SLA target of the
/// sample tickets shipped with the tool and computes their KPIs, in one pass, and shows a short summary.
/// </summary>
internal static class MainJob
{
    public static int Run(TextWriter stdout, TextWriter stderr)
    {
        var analysis = Analysis.Load(Options.Parse([]), stderr, withSurveys: true);
        if (analysis is null)
        {
            return ExitCodes.InputProblems;
        }

        var sla = new AchievementTally();
        var kpis = KpiCommand.Compute(analysis, KpiOptions.Default with { BacklogAt = analysis.At }, sla.Add);
        var totals = sla.ToResult(analysis.At.GetValueOrDefault());
        var f = kpis.Overall;

        stdout.WriteLine("cs-sla: the SLA engine and the KPIs of CustomerService.Core over the sample data (samples/, built in)");
        stdout.WriteLine($"{Numbers.Count(f.TicketsCreated)} tickets and {Numbers.Count(analysis.SurveyReport!.GoodLines)} survey responses of four weeks, evaluated at {InstantPattern.General.Format(analysis.At.GetValueOrDefault())}, the end of the period");
        stdout.WriteLine();
        stdout.WriteLine("SLA targets (samples/policies.json on samples/calendars.json):");
        EvaluationText.WriteTotals(stdout, totals);
        stdout.WriteLine();
        stdout.WriteLine("KPIs:");
        stdout.WriteLine($"  tickets solved {Numbers.Count(f.TicketsSolved)}; backlog {Numbers.Count(f.Backlog.Count)}; first contact resolution {Numbers.Percent(f.FirstContactResolution.Percent)}; reopens {Numbers.Percent(f.Reopens.Percent)}");
        stdout.WriteLine($"  first response: median {Time(f.FirstResponseTime.CalendarTime.Median)}, p90 {Time(f.FirstResponseTime.CalendarTime.P90)}; full resolution: median {Time(f.FullResolutionTime.CalendarTime.Median)}, p90 {Time(f.FullResolutionTime.CalendarTime.P90)}");
        stdout.WriteLine($"  CSAT {KpiTable.Score(f.Csat.Score)} ({Numbers.Count(f.Csat.Rated)} rated); NPS {KpiTable.Nps(f.Nps.Score)} ({Numbers.Count(f.Nps.Responses)}); CES {KpiTable.Score(f.Ces.Mean)} of 7 ({Numbers.Count(f.Ces.Responses)})");
        stdout.WriteLine();
        stdout.WriteLine("Next: cs-sla evaluate (every target), cs-sla kpi --group-by agent,channel, cs-sla kpi --format html --out report.html,");
        stdout.WriteLine("      cs-sla sample generate --tickets 100000 --seed 1 --out data, cs-sla --help (every verb).");
        return analysis.Finish();
    }

    private static string Time(NodaTime.Duration? value) => value is { } v ? DurationText.Format(KpiTable.Round(v)) : "-";
}
