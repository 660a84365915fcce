using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Cli.Text;
using CustomerService.Core.Kpis;

namespace CustomerService.Cli.KpiReports;

/// <summary>
/// The KPI report as CSV: one row for the overall figures (grouping <c>overall</c>), then one per group;
/// a column per dimension (empty when not grouped by it, <c>none</c> for a ticket without it); times in seconds.
/// </summary>
internal sealed class KpiCsv : KpiOutput
{
    public override void Write(KpiRun run, TextWriter output)
    {
        Csv.WriteRow(output, Header());
        Csv.WriteRow(output, Row("overall", KpiDimensions.None, default, run.Report.Overall));
        foreach (var group in run.Report.Groups)
        {
            Csv.WriteRow(output, Row(KpiFields.NameOf(group.Key.Dimensions), group.Key.Dimensions, group.Key, group.Figures));
        }
    }

    private static IEnumerable<string> Header() =>
    [
        "grouping",
        .. KpiFields.Dimensions.Select(d => d.Name),
        "tickets_created",
        "tickets_solved",
        .. KpiFields.Times.SelectMany(t => Names(Snake(t.Name))),
        .. Names("handle_time"),
        .. KpiFields.Rates.SelectMany(r => new[] { Snake(r.Name) + "_count", Snake(r.Name) + "_total", Snake(r.Name) + "_percent" }),
        "sla_achieved", "sla_decided", "sla_percent",
        "csat", "csat_rated", "nps", "nps_responses", "ces_mean", "ces_responses", "backlog",
    ];

    private static IEnumerable<string> Row(string grouping, KpiDimensions dimensions, KpiGroupKey key, KpiFigures f)
    {
        var sla = KpiFields.Sla(f);
        return
        [
            grouping,
            .. KpiFields.Dimensions.Select(d => (dimensions & d.Dimension) != 0 ? KpiFields.ValueOf(key, d.Dimension) : string.Empty),
            Count(f.TicketsCreated),
            Count(f.TicketsSolved),
            .. KpiFields.Times.SelectMany(t => Values(t.Get(f).CalendarTime)),
            .. Values(f.HandleTime),
            .. KpiFields.Rates.SelectMany(r => new[] { Count(r.Get(f).Count), Count(r.Get(f).Total), Numbers.Plain(r.Get(f).Percent) }),
            Count(sla.Count), Count(sla.Total), Numbers.Plain(sla.Percent),
            Numbers.Plain(f.Csat.Score), Count(f.Csat.Rated), Numbers.Plain(f.Nps.Score), Count(f.Nps.Responses),
            Numbers.Plain(f.Ces.Mean), Count(f.Ces.Responses), f.Backlog.At is null ? string.Empty : Count(f.Backlog.Count),
        ];
    }

    private static IEnumerable<string> Names(string kpi) =>
        [kpi + "_count", kpi + "_median_s", kpi + "_p90_s", kpi + "_p99_s", kpi + "_mean_s"];

    private static IEnumerable<string> Values(DurationSummary s) =>
        [Count(s.Count), Seconds(s.Median), Seconds(s.P90), Seconds(s.P99), Seconds(s.Mean)];

    private static string Seconds(NodaTime.Duration? value) => value is { } v ? Numbers.Plain(Numbers.Seconds(v)) : string.Empty;

    private static string Count(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // firstResponseTime -> first_response_time
    private static string Snake(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
