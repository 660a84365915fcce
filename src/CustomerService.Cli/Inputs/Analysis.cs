using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.JsonLines;
using CustomerService.Cli.Samples;
using CustomerService.Cli.Text;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Surveys;
using NodaTime;

namespace CustomerService.Cli.Inputs;

/// <summary>
/// What the analysis verbs (<c>evaluate</c>, <c>kpi</c>, <c>backtest</c>, the main job) read: the calendars,
/// the policies, the ticket file and perhaps the survey file (each a file named with an option, or the
/// sample built in), and the instant to evaluate at.
/// </summary>
/// <remarks>
/// The instant is <c>--at</c> when given; for the built-in sample, the end of its period
/// (<see cref="SampleAt"/>); otherwise the latest instant in the ticket file, found by a first quick pass,
/// so the same file always gives the same output.
/// </remarks>
internal sealed class Analysis
{
    private Analysis(CalendarDocument calendars, SlaPolicySet policies, InputFile tickets, InputFile? surveys, TextWriter stderr)
    {
        Calendars = calendars;
        Policies = policies;
        Engine = new SlaEngine(policies, calendars.Calendars);
        Tickets = tickets;
        Surveys = surveys;
        TicketReport = new FileReport(tickets.Name, "ticket", stderr);
        SurveyReport = surveys is null ? null : new FileReport(surveys.Name, "survey response", stderr);
    }

    /// <summary>The instant the built-in sample is evaluated at: the end of the period it was generated for.</summary>
    public static Instant SampleAt { get; } = SampleGenerator.DefaultStart.PlusDays(SampleGenerator.DefaultDays).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    public CalendarDocument Calendars { get; }

    public SlaPolicySet Policies { get; }

    /// <summary>Gets the name of the policy file, for headings.</summary>
    public string PolicyName { get; private set; } = SampleResource.Policies.Name;

    /// <summary>Gets the name of the calendar file, for headings.</summary>
    public string CalendarName { get; private set; } = SampleResource.Calendars.Name;

    public SlaEngine Engine { get; }

    public InputFile Tickets { get; }

    public InputFile? Surveys { get; }

    public FileReport TicketReport { get; }

    public FileReport? SurveyReport { get; }

    /// <summary>Gets the evaluation instant; <see langword="null"/> only for a ticket file with no instant at all (nothing to evaluate).</summary>
    public Instant? At { get; private set; }

    /// <summary>Gets where <see cref="At"/> came from, for the output's header.</summary>
    public string AtSource { get; private set; } = "--at";

    /// <summary>Gets the exit code: input problems when any file had a bad line.</summary>
    public int ExitCode => TicketReport.HasProblems || SurveyReport?.HasProblems == true ? ExitCodes.InputProblems : ExitCodes.Success;

    /// <summary>Reads the options <c>--calendars</c>, <c>--policies</c>, <c>--tickets</c>, <c>--surveys</c> (when <paramref name="withSurveys"/>) and <c>--at</c>.</summary>
    /// <returns>The inputs, or <see langword="null"/> when the calendars or the policies have problems (reported).</returns>
    public static Analysis? Load(Options options, TextWriter stderr, bool withSurveys)
    {
        var ticketPath = options.Optional("tickets");
        var surveyPath = withSurveys ? options.Optional("surveys") : null;
        if (ticketPath is null && surveyPath is not null)
        {
            throw new UsageException("--surveys needs --tickets: the built-in sample tickets go with the built-in sample surveys.");
        }

        var tickets = ticketPath is null ? InputFile.Sample(SampleResource.Tickets) : InputFile.Of(ticketPath, "tickets");
        var surveys = !withSurveys ? null
            : surveyPath is not null ? InputFile.Of(surveyPath, "surveys")
            : ticketPath is null ? InputFile.Sample(SampleResource.Surveys)
            : null;
        var at = options.Optional("at") is { } text ? InstantText.Parse(text, "at", DateTimeZone.Utc) : (Instant?)null;

        var calendars = CalendarSource.Load(options.Optional("calendars"), stderr);
        var policies = calendars is null ? null : PolicySource.Load(options.Optional("policies"), "policies", calendars, stderr);
        if (policies is null)
        {
            return null;
        }

        var analysis = new Analysis(calendars!, policies, tickets, surveys, stderr)
        {
            PolicyName = options.Optional("policies") ?? SampleResource.Policies.Name,
            CalendarName = options.Optional("calendars") ?? SampleResource.Calendars.Name,
        };
        (analysis.At, analysis.AtSource) = at is not null ? (at, "--at")
            : tickets.IsSample ? (SampleAt, "the end of the sample's period")
            : (tickets.LatestInstant(), "the latest instant in the ticket file");
        return analysis;
    }

    /// <summary>Reads the tickets, lazily; a ticket whose customer calendar is not among the calendars is a bad line.</summary>
    public IEnumerable<Numbered<TicketRecord>> ReadTickets()
    {
        foreach (var record in Tickets.Read(TicketLineReader.Parse, TicketReport))
        {
            if (record.Value.CalendarId is { } calendar && Calendars.FindCalendar(calendar) is null)
            {
                TicketReport.Reject(record.Line, new InputProblem(
                    TicketFileProblemCodes.UnknownCalendar,
                    $"The customer's calendar is not one of the calendars given; they are: {string.Join(", ", Calendars.Calendars.Select(c => c.Id))}.",
                    "$.calendar"));
                continue;
            }

            yield return record;
        }
    }

    /// <summary>Reads and evaluates the tickets at <see cref="At"/>, lazily.</summary>
    public IEnumerable<(TicketRecord Ticket, SlaReport Report)> Evaluate()
    {
        foreach (var (_, record) in ReadTickets())
        {
            yield return (record, Engine.Evaluate(record.Ticket, At!.Value, record.Customer));
        }
    }

    /// <summary>Reads the survey responses, lazily; none without a survey file.</summary>
    public IEnumerable<SurveyResponse> ReadSurveys()
    {
        if (Surveys is null)
        {
            yield break;
        }

        foreach (var (_, response) in Surveys.Read(SurveyLineReader.Parse, SurveyReport!))
        {
            yield return response;
        }
    }

    /// <summary>Closes the run: the files' summaries on standard error, and the exit code.</summary>
    public int Finish()
    {
        TicketReport.Summarize();
        SurveyReport?.Summarize();
        return ExitCode;
    }
}
