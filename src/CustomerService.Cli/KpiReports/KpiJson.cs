using System.IO;
using System.Text.Json;
using CustomerService.Cli.Text;
using CustomerService.Core.Kpis;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla.Json;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.KpiReports;

/// <summary>
/// The KPI report as one indented JSON document (the package's JSON style): what it covers, the overall
/// figures and every group's, each KPI by the name <see cref="KpiFields"/> gives it; times in seconds.
/// </summary>
internal sealed class KpiJson : KpiOutput
{
    public override void Write(KpiRun run, TextWriter output) => output.WriteLine(JsonOutput.Write(w => Write(run, w)));

    private static void Write(KpiRun run, Utf8JsonWriter w)
    {
        var options = run.Report.Options;
        w.WriteStartObject();
        WriteInstant(w, "at", run.Analysis.At);
        w.WriteString("timeZone", options.TimeZone.Id);
        w.WriteString("period", KpiGroupings.NameOf(options.Period));
        if (options.BusinessCalendar is { } calendar)
        {
            w.WriteString("businessCalendar", calendar.Id);
        }
        else
        {
            w.WriteNull("businessCalendar");
        }

        w.WriteNumber("tickets", run.Tickets);
        w.WriteNumber("surveyResponses", run.SurveyResponses);
        w.WriteNumber("ticketLinesWithProblems", run.Analysis.TicketReport.BadLines);
        w.WriteNumber("surveyLinesWithProblems", run.Analysis.SurveyReport?.BadLines ?? 0);
        w.WritePropertyName("overall");
        WriteFigures(w, run.Report.Overall);
        w.WriteStartArray("groups");
        foreach (var group in run.Report.Groups)
        {
            w.WriteStartObject();
            w.WriteString("grouping", KpiFields.NameOf(group.Key.Dimensions));
            w.WriteStartObject("key");
            foreach (var (dimension, name) in KpiFields.Dimensions)
            {
                if ((group.Key.Dimensions & dimension) != 0)
                {
                    w.WriteString(name, KpiFields.ValueOf(group.Key, dimension));
                }
            }

            w.WriteEndObject();
            w.WritePropertyName("figures");
            WriteFigures(w, group.Figures);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter w, KpiFigures f)
    {
        w.WriteStartObject();
        w.WriteNumber("ticketsCreated", f.TicketsCreated);
        w.WriteNumber("ticketsSolved", f.TicketsSolved);
        foreach (var (_, name, get) in KpiFields.Times)
        {
            w.WriteStartObject(name);
            w.WritePropertyName("calendarTime");
            WriteSummary(w, get(f).CalendarTime);
            w.WritePropertyName("businessTime");
            WriteSummary(w, get(f).BusinessTime);
            w.WriteEndObject();
        }

        w.WritePropertyName("handleTime");
        WriteSummary(w, f.HandleTime);
        foreach (var (_, name, get) in KpiFields.Rates)
        {
            WriteRate(w, name, get(f));
        }

        w.WriteStartArray("slaAchievements");
        foreach (var a in f.SlaAchievements)
        {
            w.WriteStartObject();
            w.WriteString("kind", SlaJsonNames.Kind.Of(a.Kind));
            w.WriteString("metric", a.MetricId);
            w.WriteString("priority", SlaJsonNames.Priority.Of(a.Priority));
            w.WriteNumber("achieved", a.Achieved);
            w.WriteNumber("breached", a.Breached);
            WriteNumber(w, "percent", a.Rate.Percent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteBacklog(w, f.Backlog);
        w.WriteStartObject("csat");
        w.WriteNumber("rated", f.Csat.Rated);
        w.WriteNumber("satisfied", f.Csat.Satisfied);
        WriteNumber(w, "score", f.Csat.Score);
        w.WriteEndObject();
        w.WriteStartObject("nps");
        w.WriteNumber("responses", f.Nps.Responses);
        w.WriteNumber("promoters", f.Nps.Promoters);
        w.WriteNumber("detractors", f.Nps.Detractors);
        WriteNumber(w, "score", f.Nps.Score);
        w.WriteEndObject();
        w.WriteStartObject("ces");
        w.WriteNumber("responses", f.Ces.Responses);
        w.WriteNumber("easy", f.Ces.Easy);
        WriteNumber(w, "mean", f.Ces.Mean);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, DurationSummary s)
    {
        w.WriteStartObject();
        w.WriteNumber("count", s.Count);
        WriteSeconds(w, "meanSeconds", s.Mean);
        WriteSeconds(w, "medianSeconds", s.Median);
        WriteSeconds(w, "p90Seconds", s.P90);
        WriteSeconds(w, "p99Seconds", s.P99);
        WriteSeconds(w, "minSeconds", s.Min);
        WriteSeconds(w, "maxSeconds", s.Max);
        w.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter w, string name, KpiRate rate)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", rate.Count);
        w.WriteNumber("total", rate.Total);
        WriteNumber(w, "percent", rate.Percent);
        w.WriteEndObject();
    }

    private static void WriteBacklog(Utf8JsonWriter w, KpiBacklog backlog)
    {
        if (backlog.At is null)
        {
            w.WriteNull("backlog");
            return;
        }

        w.WriteStartObject("backlog");
        w.WriteNumber("count", backlog.Count);
        w.WriteStartArray("byAge");
        foreach (var bucket in backlog.Buckets)
        {
            w.WriteStartObject();
            w.WriteNumber("fromSeconds", Numbers.Seconds(bucket.From));
            WriteSeconds(w, "toSeconds", bucket.To);
            w.WriteNumber("count", bucket.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSeconds(Utf8JsonWriter w, string name, Duration? value) =>
        WriteNumber(w, name, value is { } v ? Numbers.Seconds(v) : null);

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, System.Math.Round(v, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, Instant? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, InstantPattern.General.Format(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
