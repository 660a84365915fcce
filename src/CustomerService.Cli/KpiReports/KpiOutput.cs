using System.IO;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.HtmlReports;
using NodaTime.Text;

namespace CustomerService.Cli.KpiReports;

/// <summary>How <c>kpi</c> writes its report: a table to read, CSV or JSON to process, an HTML page with charts.</summary>
internal abstract class KpiOutput
{
    /// <summary>Gets whether the output needs a grouping by period (the HTML page's trend chart).</summary>
    public virtual bool NeedsPeriods => false;

    public static KpiOutput For(string? format) => format switch
    {
        null or "table" => new KpiTable(),
        "csv" => new KpiCsv(),
        "json" => new KpiJson(),
        "html" => new HtmlReport(),
        _ => throw new UsageException($"--format '{format}' is not one of table, csv, json or html."),
    };

    public abstract void Write(KpiRun run, TextWriter output);

    /// <summary>One line on what the report covers, for headings.</summary>
    public static string Heading(KpiRun run)
    {
        var options = run.Report.Options;
        var at = run.Analysis.At is { } instant ? InstantPattern.General.Format(instant) : "-";
        var business = options.BusinessCalendar is { } calendar ? $"; business time in {calendar.Id}" : string.Empty;
        return $"KPIs of {Text.Numbers.Count(run.Tickets)} tickets and {Text.Numbers.Count(run.SurveyResponses)} survey responses; backlog at {at} ({run.Analysis.AtSource}); periods: {KpiGroupings.NameOf(options.Period)}s in {options.TimeZone.Id}{business}";
    }
}
