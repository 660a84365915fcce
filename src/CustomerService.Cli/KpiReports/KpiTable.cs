using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Cli.Text;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.KpiReports;

/// <summary>The KPI report as text: every overall figure, then one table per grouping with the main KPIs.</summary>
internal sealed class KpiTable : KpiOutput
{
    private static readonly TextTable GroupColumns = new(
        ">CREATED", ">SOLVED", ">FIRST RESPONSE", ">FR P90", ">RESOLUTION", ">FCR", ">REOPENS", ">SLA", ">CSAT", ">NPS", ">CES");

    public override void Write(KpiRun run, TextWriter output)
    {
        output.WriteLine(Heading(run));
        output.WriteLine();
        output.WriteLine("Overall");
        WriteOverall(run.Report.Overall, run.Report.Options.BusinessCalendar is not null, output);
        foreach (var grouping in run.Report.Options.Groupings)
        {
            var groups = run.Report.GroupsOf(grouping).ToList();
            output.WriteLine();
            output.WriteLine($"By {KpiFields.NameOf(grouping).Replace("+", " and ", System.StringComparison.Ordinal)} ({groups.Count} groups; first response and resolution are medians in calendar time)");
            WriteGroups(grouping, groups, output);
        }
    }

    /// <summary>The overall figures, as the main job shows them too.</summary>
    public static void WriteOverall(KpiFigures f, bool business, TextWriter output)
    {
        output.WriteLine($"  tickets created {Numbers.Count(f.TicketsCreated)}, solved {Numbers.Count(f.TicketsSolved)}; backlog {Backlog(f.Backlog)}");
        output.WriteLine();
        var times = KpiFields.Times.Select(t => Time(t.Label, t.Get(f), business)).Append(Summary("handle time (per solved ticket)", f.HandleTime)).ToList();
        string[] columns = business
            ? ["TIME", ">COUNT", ">MEDIAN", ">P90", ">P99", ">MEAN", ">BUSINESS MEDIAN", ">BUSINESS P90"]
            : ["TIME", ">COUNT", ">MEDIAN", ">P90", ">P99", ">MEAN"];
        new TextTable(columns).Write(output, [.. times.Select(t => business ? t : t[..6])], "  ");
        output.WriteLine();
        new TextTable("RATE", ">PERCENT", "COUNT").Write(
            output,
            [.. KpiFields.Rates.Select(r => new[] { r.Label, Numbers.Percent(r.Get(f).Percent), $"{Numbers.Count(r.Get(f).Count)} of {Numbers.Count(r.Get(f).Total)}" })],
            "  ");
        output.WriteLine();
        output.WriteLine($"  CSAT {Score(f.Csat.Score)} ({Numbers.Count(f.Csat.Rated)} rated); NPS {Nps(f.Nps.Score)} ({Numbers.Count(f.Nps.Responses)} responses: {Numbers.Count(f.Nps.Promoters)} promoters, {Numbers.Count(f.Nps.Detractors)} detractors); CES {Score(f.Ces.Mean)} of 7 ({Numbers.Count(f.Ces.Responses)} responses, {Numbers.Percent(f.Ces.PercentEasy)} easy)");
        if (f.SlaAchievements.Count > 0)
        {
            output.WriteLine();
            WriteSla(f, output);
        }
    }

    public static string Score(double? value) => value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";

    public static string Nps(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>SLA achievement per policy kind and metric (rows) and priority (columns).</summary>
    private static void WriteSla(KpiFigures f, TextWriter output)
    {
        var priorities = new[] { Priority.Urgent, Priority.High, Priority.Normal, Priority.Low };
        var rows = f.SlaAchievements
            .GroupBy(a => (a.Kind, a.MetricId))
            .Select(g => new[] { $"{SlaJsonNames.Kind.Of(g.Key.Kind)} {g.Key.MetricId}" }
                .Concat(priorities.Select(p => Numbers.Percent(g.FirstOrDefault(a => a.Priority == p)?.Rate.Percent)))
                .Append(Numbers.Percent(g.Aggregate(default(KpiRate), (sum, a) => sum.Merge(a.Rate)).Percent))
                .ToArray())
            .ToList();
        new TextTable("SLA ACHIEVEMENT", ">URGENT", ">HIGH", ">NORMAL", ">LOW", ">ALL").Write(output, rows, "  ");
    }

    private static void WriteGroups(KpiDimensions grouping, IReadOnlyList<KpiGroup> groups, TextWriter output)
    {
        var (headers, rows) = GroupRows(grouping, groups);
        new TextTable(headers).Write(output, rows, "  ");
    }

    /// <summary>The headers and rows of one grouping's table (the HTML page shows the same).</summary>
    public static (string[] Headers, IReadOnlyList<string[]> Rows) GroupRows(KpiDimensions grouping, IReadOnlyList<KpiGroup> groups)
    {
        var keys = KpiFields.Dimensions.Where(d => (grouping & d.Dimension) != 0).ToList();
        return ([.. keys.Select(k => k.Name.ToUpperInvariant()), .. GroupColumns.Columns], [.. groups.Select(g => Row(keys.Select(k => KpiFields.ValueOf(g.Key, k.Dimension)), g.Figures))]);
    }

    private static string[] Row(IEnumerable<string> key, KpiFigures f) =>
    [
        .. key,
        Numbers.Count(f.TicketsCreated),
        Numbers.Count(f.TicketsSolved),
        Duration(f.FirstResponseTime.CalendarTime.Median),
        Duration(f.FirstResponseTime.CalendarTime.P90),
        Duration(f.FullResolutionTime.CalendarTime.Median),
        Numbers.Percent(f.FirstContactResolution.Percent),
        Numbers.Percent(f.Reopens.Percent),
        Numbers.Percent(KpiFields.Sla(f).Percent),
        Score(f.Csat.Score),
        Nps(f.Nps.Score),
        Score(f.Ces.Mean),
    ];

    private static string[] Time(string label, KpiTime time, bool business)
    {
        var row = Summary(label, time.CalendarTime);
        return business ? [.. row[..6], Hours(time.BusinessTime.Median), Hours(time.BusinessTime.P90)] : row;
    }

    private static string[] Summary(string label, DurationSummary s) =>
        [label, Numbers.Count(s.Count), Duration(s.Median), Duration(s.P90), Duration(s.P99), Duration(s.Mean), "-", "-"];

    private static string Duration(Duration? value) => value is { } v ? DurationText.Format(Round(v)) : "-";

    private static string Hours(Duration? value) => value is { } v ? DurationText.Hours(Round(v)) : "-";

    /// <summary>To the minute from an hour up, else to the second: sketch estimates carry nanoseconds no reader needs.</summary>
    public static Duration Round(Duration value) =>
        value >= NodaTime.Duration.FromHours(1)
            ? NodaTime.Duration.FromMinutes(System.Math.Round(value.TotalMinutes))
            : NodaTime.Duration.FromSeconds(System.Math.Round(value.TotalSeconds));

    private static string Backlog(KpiBacklog backlog) =>
        backlog.At is null ? "-"
        : $"{Numbers.Count(backlog.Count)} ({string.Join(", ", backlog.Buckets.Select(b => $"{Age(b)} {Numbers.Count(b.Count)}"))})";

    private static string Age(KpiAgeBucket bucket) =>
        bucket.To is { } to ? $"{DurationText.Format(bucket.From)}-{DurationText.Format(to)}" : $"{DurationText.Format(bucket.From)}+";
}
