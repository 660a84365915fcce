using System.IO;
using System.Linq;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.Text;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Sla.Json;
using NodaTime.Text;

namespace CustomerService.Cli.Evaluation;

/// <summary>The text around the tables of the SLA verbs: what was evaluated, when, and the totals per metric.</summary>
internal static class EvaluationText
{
    public static string Heading(Analysis analysis) =>
        $"""
        SLA states at {(analysis.At is { } at ? InstantPattern.General.Format(at) : "-")} ({analysis.AtSource})
        tickets: {analysis.Tickets.Name}; policies: {analysis.PolicyName}; calendars: {analysis.CalendarName}
        """;

    /// <summary>Writes the totals of every policy kind and metric, over all priorities.</summary>
    public static void WriteTotals(TextWriter output, SlaBacktestResult totals)
    {
        output.WriteLine($"{Numbers.Count(totals.TicketCount)} ticket(s), {Numbers.Count(totals.TicketsBreached)} with a breach");
        var rows = totals.Achievements
            .GroupBy(a => (a.Kind, a.MetricId))
            .Select(g => new[]
            {
                SlaJsonNames.Kind.Of(g.Key.Kind),
                g.Key.MetricId,
                Numbers.Count(g.Sum(a => a.Total)),
                Numbers.Count(g.Sum(a => a.Achieved)),
                Numbers.Count(g.Sum(a => a.Breached)),
                Numbers.Count(g.Sum(a => a.Open)),
                Numbers.Count(g.Sum(a => a.Cancelled)),
                Numbers.Percent(Rate(g.Sum(a => a.Achieved), g.Sum(a => a.Breached))),
            })
            .ToList();
        if (rows.Count > 0)
        {
            new TextTable("KIND", "METRIC", ">TARGETS", ">ACHIEVED", ">BREACHED", ">OPEN", ">CANCELLED", ">ACHIEVEMENT").Write(output, rows);
        }
    }

    /// <summary>Achieved of achieved plus breached, as a percentage; none when nothing was decided.</summary>
    public static double? Rate(long achieved, long breached) => achieved + breached == 0 ? null : achieved * 100d / (achieved + breached);
}
