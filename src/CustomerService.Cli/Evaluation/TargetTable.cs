using System.Globalization;
using System.IO;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.Text;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Tickets;
using NodaTime.Text;

namespace CustomerService.Cli.Evaluation;

/// <summary>The target states as a table with fixed column widths (it is written as it goes), then the totals per metric.</summary>
internal sealed class TargetTable(TextWriter output) : TargetOutput(output)
{
    private static readonly TextTable Table = new(
        "TICKET", "KIND", "METRIC", "POLICY", ">CYCLE", "STAGE", "BREACHED", "DUE", "BREACH AT", ">ELAPSED", ">REMAINING", ">USED");

    private static readonly int[] Widths = [36, 8, 16, 16, 5, 9, 8, 20, 20, 9, 10, 7];

    public override void Begin(Analysis analysis)
    {
        Output.WriteLine(EvaluationText.Heading(analysis));
        Output.WriteLine();
        Output.WriteLine(Table.HeaderRow(Widths));
    }

    public override void Write(TicketId ticket, SlaTargetState state) =>
        Output.WriteLine(Table.Row(Widths, [
            ticket.ToString(),
            KindOf(state),
            state.Metric.Id,
            string.Create(CultureInfo.InvariantCulture, $"{state.PolicyId} v{state.PolicyVersion}"),
            state.Cycle.ToString(CultureInfo.InvariantCulture),
            StageOf(state),
            state.IsBreached ? "yes" : "no",
            InstantPattern.General.Format(state.DueAt),
            InstantPattern.General.Format(state.BreachAt),
            DurationText.Hours(state.Elapsed),
            DurationText.Hours(state.Remaining),
            Numbers.Percent(state.PercentUsed),
        ]));

    public override void End(Analysis analysis, SlaBacktestResult totals)
    {
        Output.WriteLine();
        EvaluationText.WriteTotals(Output, totals);
    }
}
