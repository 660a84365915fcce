using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using CustomerService.Cli.KpiReports;
using CustomerService.Cli.Text;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.HtmlReports;

/// <summary>
/// The KPI report as one self-contained HTML page: inline CSS, charts drawn here as inline SVG (response
/// time distribution, SLA achievement by priority, CSAT and NPS by period), the figures and the group
/// tables. Its one small script records any script error into the page (<c>#errors</c>) and, when the
/// charts are there and nothing failed, marks the page rendered: <c>&lt;body data-rendered="ok"&gt;</c>.
/// </summary>
internal sealed class HtmlReport : KpiOutput
{
    private static readonly (string Label, Duration From, Duration? To)[] ResponseBuckets =
    [
        ("under 15m", Duration.Zero, Duration.FromMinutes(15)),
        ("15m-1h", Duration.FromMinutes(15), Duration.FromHours(1)),
        ("1h-4h", Duration.FromHours(1), Duration.FromHours(4)),
        ("4h-8h", Duration.FromHours(4), Duration.FromHours(8)),
        ("8h-1d", Duration.FromHours(8), Duration.FromDays(1)),
        ("1d-3d", Duration.FromDays(1), Duration.FromDays(3)),
        ("3d or more", Duration.FromDays(3), null),
    ];

    public override bool NeedsPeriods => true;

    public override void Write(KpiRun run, TextWriter output)
    {
        var overall = run.Report.Overall;
        output.Write($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>KPI report - cs-sla</title>
            <style>{{Style}}</style>
            <script>{{ErrorScript}}</script>
            </head>
            <body>
            <header><h1>KPI report</h1><p>{{Escape(Heading(run))}}</p></header>
            <section class="tiles">{{Tiles(overall)}}</section>
            <section><h2>Response time distribution</h2>
            <p class="note">Share of responses by the time the customer waited, in calendar time (estimated from the percentile sketch, within 1%).</p>
            {{ResponseChart(overall)}}
            </section>
            <section><h2>SLA achievement by priority</h2>
            <p class="note">Targets achieved of those achieved or breached, per policy kind and metric; running, paused and cancelled targets are left out.</p>
            {{SlaChart(overall)}}
            </section>
            <section><h2>CSAT and NPS by {{KpiGroupings.NameOf(run.Report.Options.Period)}}</h2>
            <p class="note">CSAT: satisfied of rated, 0 to 100. NPS: promoters less detractors, -100 to 100. Each response counts in the period it was answered.</p>
            {{TrendChart(run.Report)}}
            </section>
            {{Groups(run.Report)}}
            <pre id="errors" hidden></pre>
            <footer>Written by cs-sla from {{Escape(run.Analysis.Tickets.Name)}}; every figure is computed by CustomerService.Core.</footer>
            <script>{{RenderedScript}}</script>
            </body>
            </html>

            """);
    }

    private static string Tiles(KpiFigures f)
    {
        (string Label, string Value)[] tiles =
        [
            ("tickets created", Numbers.Count(f.TicketsCreated)),
            ("tickets solved", Numbers.Count(f.TicketsSolved)),
            ("backlog", f.Backlog.At is null ? "-" : Numbers.Count(f.Backlog.Count)),
            ("first response, median", Time(f.FirstResponseTime.CalendarTime.Median)),
            ("full resolution, median", Time(f.FullResolutionTime.CalendarTime.Median)),
            ("first contact resolution", Numbers.Percent(f.FirstContactResolution.Percent)),
            ("reopens", Numbers.Percent(f.Reopens.Percent)),
            ("SLA achievement", Numbers.Percent(KpiFields.Sla(f).Percent)),
            ("CSAT", KpiTable.Score(f.Csat.Score)),
            ("NPS", KpiTable.Nps(f.Nps.Score)),
            ("CES (of 7)", KpiTable.Score(f.Ces.Mean)),
        ];
        return string.Concat(tiles.Select(t => $"<div class=\"tile\"><b>{Escape(t.Value)}</b><span>{Escape(t.Label)}</span></div>"));
    }

    private static string ResponseChart(KpiFigures f)
    {
        var first = f.FirstResponseTime.CalendarTime;
        var every = f.ResponseTime.CalendarTime;
        ChartSeries Series(string name, DurationSummary s) =>
            new(name, [.. ResponseBuckets.Select(b => s.Count == 0 ? (double?)null : (ShareBelow(s, b.To) - ShareBelow(s, b.From)) * 100)]);
        return SvgChart.Bars(
            "response-times",
            "Response time distribution",
            [.. ResponseBuckets.Select(b => b.Label)],
            [Series("first responses", first), Series("every response", every)],
            100,
            v => v.ToString("0", CultureInfo.InvariantCulture) + "%");
    }

    private static string SlaChart(KpiFigures f)
    {
        var priorities = new[] { Priority.Urgent, Priority.High, Priority.Normal, Priority.Low };
        var series = f.SlaAchievements
            .GroupBy(a => (a.Kind, a.MetricId))
            .Select(g => new ChartSeries(
                $"{SlaJsonNames.Kind.Of(g.Key.Kind)} {g.Key.MetricId}",
                [.. priorities.Select(p => g.FirstOrDefault(a => a.Priority == p)?.Rate.Percent)]))
            .ToList();
        return SvgChart.Bars(
            "sla-by-priority",
            "SLA achievement by priority",
            [.. priorities.Select(p => SlaJsonNames.Priority.Of(p))],
            series,
            100,
            v => v.ToString("0", CultureInfo.InvariantCulture) + "%");
    }

    private static string TrendChart(KpiReport report)
    {
        // Periods with no answered survey (such as the one holding only the backlog instant) are left out.
        var periods = report.GroupsOf(KpiDimensions.Period).Where(g => g.Figures.Csat.Rated + g.Figures.Nps.Responses > 0).ToList();
        return SvgChart.Lines(
            "csat-nps-trend",
            "CSAT and NPS by period",
            [.. periods.Select(g => KpiFields.ValueOf(g.Key, KpiDimensions.Period))],
            [new("CSAT", [.. periods.Select(g => g.Figures.Csat.Score)]), new("NPS", [.. periods.Select(g => g.Figures.Nps.Score)])],
            -100,
            100,
            v => v.ToString("0", CultureInfo.InvariantCulture));
    }

    private static string Groups(KpiReport report)
    {
        var html = new System.Text.StringBuilder();
        foreach (var grouping in report.Options.Groupings)
        {
            var (headers, rows) = KpiTable.GroupRows(grouping, [.. report.GroupsOf(grouping)]);
            html.Append("<section><h2>By ").Append(Escape(KpiFields.NameOf(grouping).Replace("+", " and ", StringComparison.Ordinal))).Append("</h2><table><thead><tr>");
            html.AppendJoin(string.Empty, headers.Select(h => $"<th>{Escape(h.TrimStart('>'))}</th>"));
            html.Append("</tr></thead><tbody>");
            foreach (var row in rows)
            {
                html.Append("<tr>").AppendJoin(string.Empty, row.Select(cell => $"<td>{Escape(cell)}</td>")).Append("</tr>");
            }

            html.Append("</tbody></table></section>");
        }

        return html.ToString();
    }

    /// <summary>
    /// The share of the values below <paramref name="bound"/>, read from the sketch's quantiles: the largest
    /// rank whose estimate is below it (<see langword="null"/> bound: every value).
    /// </summary>
    private static double ShareBelow(DurationSummary summary, Duration? bound)
    {
        if (bound is not { } limit || summary.Max < limit)
        {
            return 1;
        }

        if (summary.Min >= limit)
        {
            return 0;
        }

        double low = 0, high = 1;
        for (var i = 0; i < 40; i++)
        {
            var middle = (low + high) / 2;
            if (summary.Quantile(middle) < limit)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (Math.Floor(low * (summary.Count - 1)) + 1) / summary.Count;
    }

    private static string Time(Duration? value) => value is { } v ? DurationText.Format(KpiTable.Round(v)) : "-";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:24px;color:#0f172a;background:#f8fafc}
        h1{margin:0 0 4px}h2{font-size:18px;margin:28px 0 6px}header p,.note,footer{color:#475569;font-size:13px}
        .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin-top:16px}
        .tile{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:10px 12px}.tile b{display:block;font-size:22px}.tile span{color:#475569;font-size:12px}
        svg.chart{width:100%;height:auto;background:#fff;border:1px solid #e2e8f0;border-radius:8px}
        .grid{stroke:#e2e8f0}.tick,.legend{font-size:12px;fill:#334155}.mark:hover{opacity:.75}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:12px}th,td{border:1px solid #e2e8f0;padding:4px 6px;text-align:right}
        th:first-child,td:first-child{text-align:left}#errors{color:#b91c1c;white-space:pre-wrap}footer{margin-top:28px}
        """;

    // Runs first: any later script error is written into the page, where a browser test (or a person) sees it.
    private const string ErrorScript = """
        window.reportErrors = [];
        window.onerror = function (message, source, line) {
          window.reportErrors.push(String(message) + " (line " + line + ")");
          var box = document.getElementById("errors");
          if (box) { box.hidden = false; box.textContent = window.reportErrors.join("\n"); }
          if (document.body) { document.body.dataset.rendered = "error"; }
        };
        """;

    // Runs last: counts the charts that have marks, and marks the page rendered unless something failed (then
    // lists the errors, also those raised before the error box existed).
    private const string RenderedScript = """
        (function () {
          var charts = document.querySelectorAll("svg.chart");
          var drawn = 0;
          charts.forEach(function (chart) { if (chart.querySelector(".mark")) { drawn++; } });
          document.body.dataset.charts = drawn + " of " + charts.length;
          if (window.reportErrors.length === 0) { document.body.dataset.rendered = "ok"; return; }
          var box = document.getElementById("errors");
          box.hidden = false;
          box.textContent = window.reportErrors.join("\n");
        })();
        """;
}
