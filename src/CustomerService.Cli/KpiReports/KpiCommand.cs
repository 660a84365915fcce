using System;
using System.IO;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;

namespace CustomerService.Cli.KpiReports;

/// <summary><c>cs-sla kpi</c>: the KPI report of a ticket file and a survey file, overall and by group.</summary>
internal static class KpiCommand
{
    public const string Usage = """
          cs-sla kpi [--tickets T.jsonl [--surveys S.jsonl]] [--policies P.json] [--calendars C.json] [--at WHEN]
                     [--group-by agent,channel+period] [--period day|week|month] [--zone Europe/Berlin]
                     [--calendar ID] [--format table|json|csv|html] [--out FILE]
                                 the KPI report: response and resolution times, rates, backlog, SLA achievement,
                                 CSAT, NPS and CES, overall and per group (',' separates groupings, '+' combines
                                 dimensions: agent, group, channel, priority, tier, period); --period also groups
                                 by period (default week); --calendar ID adds business time; html is a page with charts
        """;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "tickets", "surveys", "policies", "calendars", "at", "group-by", "period", "zone", "calendar", "format", "out");
        var output = KpiOutput.For(options.Optional("format"));
        var groupings = KpiGroupings.Parse(options.Optional("group-by"));
        if (output.NeedsPeriods || options.Optional("period") is not null)
        {
            groupings = KpiGroupings.With(groupings, KpiDimensions.Period);
        }

        var period = KpiGroupings.Period(options.Optional("period"));
        var zone = KpiGroupings.Zone(options.Optional("zone"));
        var analysis = Analysis.Load(options, stderr, withSurveys: true);
        if (analysis is null)
        {
            return ExitCodes.InputProblems;
        }

        var kpiOptions = KpiOptions.Default with
        {
            TimeZone = zone,
            Period = period,
            Groupings = groupings,
            BacklogAt = analysis.At,
            BusinessCalendar = options.Optional("calendar") is { } id ? CalendarSource.Find(analysis.Calendars, id) : null,
        };
        var run = new KpiRun(analysis, Compute(analysis, kpiOptions), analysis.SurveyReport?.GoodLines ?? 0);
        var path = options.Optional("out");
        using (var target = path is null ? null : new StreamWriter(path))
        {
            output.Write(run, target ?? stdout);
        }

        if (path is not null)
        {
            stdout.WriteLine($"Wrote the KPI report to {path}.");
        }

        return analysis.Finish();
    }

    /// <summary>
    /// Adds every ticket (with its SLA report) and every survey response. A response counts in its
    /// ticket's group, channel, priority and tier: when a grouping needs them, a first pass over the
    /// survey file notes which tickets were surveyed, and only those tickets' values are kept (one
    /// small entry per surveyed ticket), as the tickets stream by.
    /// </summary>
    /// <param name="analysis">The inputs.</param>
    /// <param name="options">What to compute.</param>
    /// <param name="evaluated">Also called with each ticket's SLA report, for callers that count more.</param>
    public static KpiReport Compute(Analysis analysis, KpiOptions options, Action<SlaReport>? evaluated = null)
    {
        var kpis = new KpiAccumulator(options);
        var surveyed = KpiGroupings.NeedTickets(options.Groupings) ? SurveyedTickets(analysis) : new SurveyedTickets();
        foreach (var (record, report) in analysis.Evaluate())
        {
            kpis.Add(record.Ticket, report, record.Tier);
            evaluated?.Invoke(report);
            surveyed.Note(record.Ticket, record.Tier);
        }

        foreach (var response in analysis.ReadSurveys())
        {
            var (group, channel, priority, tier) = surveyed.Find(response.TicketId);
            kpis.Add(response, group, channel, priority, tier);
        }

        return kpis.Result();
    }

    /// <summary>The tickets the survey file is about, each with room for its values (none until the ticket is read).</summary>
    private static SurveyedTickets SurveyedTickets(Analysis analysis)
    {
        var tickets = new SurveyedTickets();
        if (analysis.Surveys is not null)
        {
            // Problems are reported by the pass that counts the responses, not this one.
            var silent = new JsonLines.FileReport(analysis.Surveys.Name, "survey response", TextWriter.Null);
            foreach (var (_, response) in analysis.Surveys.Read(TicketFiles.SurveyLineReader.Parse, silent))
            {
                if (response.TicketId is { } id)
                {
                    tickets.Expect(id);
                }
            }
        }

        tickets.Close();
        return tickets;
    }
}
