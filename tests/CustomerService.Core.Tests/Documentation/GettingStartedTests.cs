using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>
/// docs/getting-started.md, run from top to bottom: each region is one of the guide's code blocks (GuideSnippetTests
/// checks they are the same), and the assertions between them check what the guide's comments say.
/// </summary>
public sealed class GettingStartedTests
{
    [Fact]
    public void Guide_RunsFromTopToBottom_AndItsCommentsAreTrue()
    {
        // ---- snippet getting-started/calendar begins
        DateTimeZone newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var hours = BusinessCalendar.Create("support-ny", newYork)
            .WithHoliday(new LocalDate(2025, 7, 4));                                      // Independence Day, a Friday: closed
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            hours.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        BusinessCalendar supportHours = hours.Build();

        Instant thursday = new LocalDateTime(2025, 7, 3, 16, 30).InZoneStrictly(newYork).ToInstant();   // 20:30Z
        Instant twoHoursLater = supportHours.Add(thursday, Duration.FromHours(2));   // Monday 10:30 EDT: 30 minutes on Thursday, 1h30m on Monday
        bool openOnFriday = supportHours.IsOpen(thursday + Duration.FromDays(1));     // false: the holiday
        // ---- snippet getting-started/calendar ends

        thursday.Should().Be(Instant.FromUtc(2025, 7, 3, 20, 30));
        twoHoursLater.Should().Be(Instant.FromUtc(2025, 7, 7, 14, 30));
        openOnFriday.Should().BeFalse();

        // ---- snippet getting-started/ticket begins
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Invoice shows 12 seats", thursday);
        ticket.AddCustomerMessage("Our July invoice charges 12 seats; we have 10.", thursday);

        TicketStatus status = ticket.Status;                      // New: nobody has worked on it yet
        IReadOnlyList<ITicketEvent> history = ticket.History;     // TicketOpened, MessageAdded: what the SLA engine and the KPIs read
        // ---- snippet getting-started/ticket ends

        status.Should().Be(TicketStatus.New);
        history.Select(e => e.GetType()).Should().Equal(typeof(TicketOpened), typeof(MessageAdded));

        // ---- snippet getting-started/policy begins
        SlaPolicySet policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard", version: 1)
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(75))
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(8))
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4))
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(24))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();                                                   // a set that breaks a rule throws InvalidSlaPolicyException, listing every problem
        // ---- snippet getting-started/policy ends

        // ---- snippet getting-started/load-policies begins
        static SlaPolicySet LoadPolicies(string path, IEnumerable<BusinessCalendar> calendars)
        {
            var options = new SlaPolicyJsonOptions { KnownCalendarIds = calendars.Select(c => c.Id).ToHashSet() };
            ParseResult<SlaPolicySet> parsed = SlaPolicyJson.Parse(File.ReadAllText(path), options);
            if (!parsed.TryGetValue(out SlaPolicySet? set))
            {
                // Never a crash deep inside: every problem at once, each with its JSON path, line and column.
                throw new InvalidOperationException(string.Join(Environment.NewLine, parsed.Problems));
            }

            return set;
        }
        // ---- snippet getting-started/load-policies ends

        var folder = Directory.CreateTempSubdirectory("getting-started-");
        try
        {
            var file = Path.Combine(folder.FullName, "policies.json");
            File.WriteAllLines(file, DocSnippets.Block("getting-started.md", "getting-started/policies-json"));
            LoadPolicies(file, [supportHours]).Should().Be(policies);

            File.WriteAllText(file, File.ReadAllText(file).Replace("\"8h\"", "\"1d\"", StringComparison.Ordinal).Replace("support-ny", "support-nyc", StringComparison.Ordinal));
            var load = () => LoadPolicies(file, [supportHours]);
            var problems = load.Should().Throw<InvalidOperationException>().Which.Message.Split(Environment.NewLine);
            var shown = DocSnippets.Block("getting-started.md", "getting-started/problems-output");
            problems.Should().HaveSameCount(shown);
            problems.Zip(shown).Should().OnlyContain(p => p.First.StartsWith(p.Second.TrimEnd('.'), StringComparison.Ordinal), string.Join(Environment.NewLine, problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // ---- snippet getting-started/evaluate begins
        var engine = new SlaEngine(policies, [supportHours]);     // checks that every calendar the policies name is given

        SlaReport soon = engine.Evaluate(ticket, thursday + Duration.FromMinutes(15));
        SlaTargetState firstReply = soon.For(SlaMetric.FirstReply).Single();
        SlaStage stage = firstReply.Stage;           // Running: 15m of 1h used
        Instant due = firstReply.DueAt;              // Monday 09:30 EDT (13:30Z): 30 minutes on Thursday, then the holiday and the weekend
        bool breached = firstReply.IsBreached;       // false; it would be after BreachAt, which is DueAt here (09:30 is no closing time)
        string summary = firstReply.ToString();      // first-reply#1 standard v1: Running 15m of 1h, due 2025-07-07T13:30:00Z
        string why = firstReply.Explain().ToString();
        // ---- snippet getting-started/evaluate ends

        stage.Should().Be(SlaStage.Running);
        firstReply.Elapsed.Should().Be(Duration.FromMinutes(15));
        due.Should().Be(Instant.FromUtc(2025, 7, 7, 13, 30));
        firstReply.BreachAt.Should().Be(due);
        breached.Should().BeFalse();
        summary.Should().Be("first-reply#1 standard v1: Running 15m of 1h, due 2025-07-07T13:30:00Z");
        why.Split(Environment.NewLine).Should().Equal(DocSnippets.Block("getting-started.md", "getting-started/explain-output"));
        soon.For(SlaMetric.Resolution).Single().DueAt.Should().Be(Instant.FromUtc(2025, 7, 7, 20, 30));

        // ---- snippet getting-started/story begins
        AgentId agent = AgentId.New();
        ticket.AssignTo(agent, thursday + Duration.FromMinutes(18));
        ticket.AddAgentReply(agent, "Thanks, I'm checking this with billing.", isPublic: true, thursday + Duration.FromMinutes(20));

        Instant monday = new LocalDateTime(2025, 7, 7, 9, 30).InZoneStrictly(newYork).ToInstant();
        ticket.AddAgentReply(agent, "Could you send us the purchase order number?", isPublic: true, monday);
        ticket.ChangeStatus(TicketStatus.Pending, monday);                         // waiting on the customer: Resolution pauses
        ticket.AddCustomerMessage("It is PO-4471.", monday + Duration.FromHours(2));  // a customer message moves it back to Open
        ticket.Solve(monday + Duration.FromMinutes(150));

        bool canPend = ticket.CanChangeStatus(TicketStatus.Pending, monday + Duration.FromHours(3));   // false: Solved -> Pending is no move of the lifecycle
        // ---- snippet getting-started/story ends

        canPend.Should().BeFalse();
        var before = ticket.Version;
        var pend = () => ticket.ChangeStatus(TicketStatus.Pending, monday + Duration.FromHours(3));
        pend.Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be(TicketErrors.IllegalTransition);
        ticket.Version.Should().Be(before);

        // ---- snippet getting-started/evaluate-again begins
        SlaReport atEnd = engine.Evaluate(ticket, new LocalDateTime(2025, 7, 7, 17, 0).InZoneStrictly(newYork).ToInstant());
        IEnumerable<string> lines = atEnd.Targets.Select(t => t.ToString());   // below
        SlaTargetState resolution = atEnd.For(SlaMetric.Resolution).Single();
        Duration paused = resolution.PausedTime;      // 2h: Pending from 09:30 to 11:30
        Instant? solvedAt = resolution.EndedAt;        // Monday 12:00 EDT, when the clock stopped
        bool anyBreached = atEnd.IsAnyBreached;        // false
        // ---- snippet getting-started/evaluate-again ends

        lines.Should().Equal(DocSnippets.Block("getting-started.md", "getting-started/targets-output"));
        resolution.Stage.Should().Be(SlaStage.Achieved);
        resolution.Elapsed.Should().Be(Duration.FromMinutes(90));
        paused.Should().Be(Duration.FromHours(2));
        solvedAt.Should().Be(Instant.FromUtc(2025, 7, 7, 16, 0));
        anyBreached.Should().BeFalse();

        // ---- snippet getting-started/kpis begins
        var kpis = new KpiAccumulator(KpiOptions.Default with
        {
            TimeZone = newYork,                  // days, weeks and months begin at midnight in New York
            BusinessCalendar = supportHours,     // time KPIs in business hours too
            Groupings = [KpiDimensions.Agent],   // and per agent, beside the overall figures
        });
        kpis.Add(ticket, atEnd);                 // the ticket with its SLA report

        var survey = SurveyResponse.SendFor(ticket, SurveyResponseId.New(), SurveyDefinition.Csat, monday + Duration.FromHours(3));
        survey.Answer(5, monday + Duration.FromHours(4));   // 5 on 1-5: satisfied
        kpis.Add(survey, ticket, CustomerTier.Standard);

        KpiReport kpiReport = kpis.Result();
        KpiFigures overall = kpiReport.Overall;
        Duration? firstResponse = overall.FirstResponseTime.BusinessTime.Median;    // 20m
        Duration? resolved = overall.FullResolutionTime.CalendarTime.Median;        // 3 days 19h30m: Thursday 16:30 to Monday 12:00
        Duration? resolvedOpen = overall.FullResolutionTime.BusinessTime.Median;    // 3h30m of it in business hours
        KpiRate onTime = overall.SlaAchievementRate("first-reply");                 // 1 of 1 first-reply targets achieved
        double? satisfaction = overall.Csat.Score;                                   // 100
        KpiFigures? agentFigures = kpiReport.Find(new KpiGroupKey(KpiDimensions.Agent, Agent: agent));   // the same, for this agent
        // ---- snippet getting-started/kpis ends

        firstResponse.Should().Be(Duration.FromMinutes(20));
        resolved.Should().Be(Duration.FromDays(3) + Duration.FromMinutes((19 * 60) + 30));
        resolvedOpen.Should().Be(Duration.FromMinutes(210));
        onTime.Should().Be(new KpiRate(1, 1));
        satisfaction.Should().Be(100);
        agentFigures.Should().NotBeNull();
        agentFigures!.TicketsSolved.Should().Be(1);
        agentFigures.Csat.Should().Be(overall.Csat);
        agentFigures.FirstResponseTime.Should().Be(overall.FirstResponseTime);
    }
}
