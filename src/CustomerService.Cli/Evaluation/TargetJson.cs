using System.Globalization;
using System.IO;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.Text;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Tickets;
using NodaTime.Text;

namespace CustomerService.Cli.Evaluation;

/// <summary>
/// The target states as one JSON document, streamed: the instant, then <c>targets</c> with one compact
/// object per line, then the counts. Durations are in seconds, instants in UTC.
/// </summary>
internal sealed class TargetJson(TextWriter output) : TargetOutput(output)
{
    private readonly CompactJson _json = new();
    private bool _first = true;

    public override void Begin(Analysis analysis)
    {
        Output.WriteLine("{");
        Output.WriteLine($"  \"evaluatedAt\": {(analysis.At is { } at ? $"\"{InstantPattern.General.Format(at)}\"" : "null")},");
        Output.Write("  \"targets\": [");
    }

    public override void Write(TicketId ticket, SlaTargetState state)
    {
        Output.Write(_first ? "\n    " : ",\n    ");
        _first = false;
        Output.Write(_json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("ticket", ticket.ToString());
            w.WriteString("kind", KindOf(state));
            w.WriteString("metric", state.Metric.Id);
            w.WriteString("policy", state.PolicyId);
            w.WriteNumber("policyVersion", state.PolicyVersion);
            w.WriteNumber("cycle", state.Cycle);
            w.WriteString("stage", StageOf(state));
            w.WriteBoolean("breached", state.IsBreached);
            w.WriteString("dueAt", InstantPattern.General.Format(state.DueAt));
            w.WriteString("breachAt", InstantPattern.General.Format(state.BreachAt));
            w.WriteNumber("elapsedSeconds", Numbers.Seconds(state.Elapsed));
            w.WriteNumber("remainingSeconds", Numbers.Seconds(state.Remaining));
            w.WriteNumber("percentUsed", System.Math.Round(state.PercentUsed, 4));
            w.WriteEndObject();
        }));
    }

    public override void End(Analysis analysis, SlaBacktestResult totals)
    {
        Output.WriteLine(_first ? "]," : "\n  ],");
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  \"tickets\": {totals.TicketCount},"));
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  \"ticketsBreached\": {totals.TicketsBreached},"));
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  \"linesWithProblems\": {analysis.TicketReport.BadLines}"));
        Output.WriteLine("}");
    }
}
