using System.Globalization;
using System.IO;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.Text;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Tickets;
using NodaTime.Text;

namespace CustomerService.Cli.Evaluation;

/// <summary>The target states as CSV: one header row, one row per state; durations in seconds, instants in UTC.</summary>
internal sealed class TargetCsv(TextWriter output) : TargetOutput(output)
{
    public override void Begin(Analysis analysis) =>
        Csv.WriteRow(Output, ["ticket", "kind", "metric", "policy", "policy_version", "cycle", "stage", "breached", "due_at", "breach_at", "elapsed_seconds", "remaining_seconds", "percent_used"]);

    public override void Write(TicketId ticket, SlaTargetState state) =>
        Csv.WriteRow(Output, [
            ticket.ToString(),
            KindOf(state),
            state.Metric.Id,
            state.PolicyId,
            state.PolicyVersion.ToString(CultureInfo.InvariantCulture),
            state.Cycle.ToString(CultureInfo.InvariantCulture),
            StageOf(state),
            state.IsBreached ? "true" : "false",
            InstantPattern.General.Format(state.DueAt),
            InstantPattern.General.Format(state.BreachAt),
            Numbers.Plain(Numbers.Seconds(state.Elapsed)),
            Numbers.Plain(Numbers.Seconds(state.Remaining)),
            Numbers.Plain(state.PercentUsed),
        ]);

    public override void End(Analysis analysis, SlaBacktestResult totals)
    {
    }
}
