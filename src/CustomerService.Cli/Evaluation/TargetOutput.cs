using System.IO;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;

namespace CustomerService.Cli.Evaluation;

/// <summary>
/// How <c>evaluate</c> writes the state of every target: a table to read, CSV or JSON to process. Rows are
/// written as the tickets are read, in file order, then the report's order (kind, metric, cycle).
/// </summary>
internal abstract class TargetOutput(TextWriter output)
{
    protected TextWriter Output => output;

    public static TargetOutput For(string? format, TextWriter output) => format switch
    {
        null or "table" => new TargetTable(output),
        "csv" => new TargetCsv(output),
        "json" => new TargetJson(output),
        _ => throw new UsageException($"--format '{format}' is not one of table, csv or json."),
    };

    public abstract void Begin(Analysis analysis);

    public abstract void Write(TicketId ticket, SlaTargetState state);

    public abstract void End(Analysis analysis, SlaBacktestResult totals);

    protected static string KindOf(SlaTargetState state) => SlaJsonNames.Kind.Of(state.Kind);

    protected static string StageOf(SlaTargetState state) => state.Stage.ToString().ToLowerInvariant();
}
