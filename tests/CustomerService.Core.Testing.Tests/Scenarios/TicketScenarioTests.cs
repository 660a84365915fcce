using CustomerService.Core.Calendars;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Tests.Scenarios.ScenarioFixtures;

namespace CustomerService.Core.Testing.Tests.Scenarios;

/// <summary>
/// The worked examples of SLA-SEMANTICS §6 told as support stories: each checks the spec's expected values and that
/// the scenario's report is the one the engine gives for the same ticket driven by hand.
/// </summary>
public sealed partial class TicketScenarioTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    [Fact]
    public void Example1_FirstReplyOneHour_OpenedFriday1630_IsDueMonday0930()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-07 16:30", Utc)
            .CustomerWrites()
            .EvaluateAfter(Duration.FromMinutes(15));

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.DueAt.Should().Be(Instant.FromUtc(2025, 3, 10, 9, 30));
        firstReply.Stage.Should().Be(SlaStage.Running);
        firstReply.Elapsed.Should().Be(Duration.FromMinutes(15));
        var opened = Instant.FromUtc(2025, 3, 7, 16, 30);
        var ticket = CustomerWrote(opened);
        report.ShouldMatch(ByHand(policies, ticket, opened + Duration.FromMinutes(15)));
    }

    [Fact]
    public void Example2_OpenedBeforeOpeningHours_ClockStartsAtTheOpening()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(2)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-05 07:00", Utc)
            .CustomerWrites()
            .EvaluateAt("2025-03-05 08:30");

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.DueAt.Should().Be(Instant.FromUtc(2025, 3, 5, 11, 0));
        firstReply.Elapsed.Should().Be(Duration.Zero);
        var opened = Instant.FromUtc(2025, 3, 5, 7, 0);
        var ticket = CustomerWrote(opened);
        report.ShouldMatch(ByHand(policies, ticket, Instant.FromUtc(2025, 3, 5, 8, 30)));
    }

    [Fact]
    public void Example3_ResolutionPausedWhilePendingFrom10To12_IsDueAt1500()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(4)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-03 09:00", Utc)
            .CustomerWrites()
            .After(Duration.FromHours(1)).AgentAsksForMore()
            .After(Duration.FromHours(2)).CustomerWrites()
            .EvaluateAfter(Duration.FromMinutes(30));

        var resolution = report.StateOf(SlaMetric.Resolution);
        resolution.DueAt.Should().Be(Instant.FromUtc(2025, 3, 3, 15, 0));
        resolution.Elapsed.Should().Be(Duration.FromMinutes(90));
        resolution.PausedTime.Should().Be(Duration.FromHours(2));
        resolution.Explain().Pauses.Should().ContainSingle()
            .Which.Should().Be(new Interval(Instant.FromUtc(2025, 3, 3, 10, 0), Instant.FromUtc(2025, 3, 3, 12, 0)));
        var opened = Instant.FromUtc(2025, 3, 3, 9, 0);
        var ticket = CustomerWrote(opened);
        ticket.AddAgentReply(Agent, "Which browser?", isPublic: true, opened + Duration.FromHours(1));
        ticket.ChangeStatus(TicketStatus.Pending, opened + Duration.FromHours(1));
        ticket.AddCustomerMessage("Firefox", opened + Duration.FromHours(3));
        report.ShouldMatch(ByHand(policies, ticket, opened + Duration.FromMinutes(210)));
    }

    [Fact]
    public void Example4_NewYorkFriday1600_TwoBusinessHours_IsDueMonday1000Edt()
    {
        var policies = OnePolicy("support-ny", new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(2)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-07 16:00", NewYork)
            .WithPriority(Priority.High)
            .CustomerWrites()
            .EvaluateAfter(Duration.FromMinutes(30));

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.DueAt.Should().Be(Instant.FromUtc(2025, 3, 10, 14, 0));
        firstReply.CalendarId.Should().Be("support-ny");
        var opened = Instant.FromUtc(2025, 3, 7, 21, 0);
        var ticket = CustomerWrote(opened, Priority.High);
        report.ShouldMatch(ByHand(policies, ticket, opened + Duration.FromMinutes(30)));
    }

    [Fact]
    public void Example5_CalendarHoursTarget_TenHoursFrom1030_IsDueAt2030()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(10), SlaHoursMode.Calendar));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-08 10:30", Utc)
            .CustomerWrites()
            .EvaluateAt("2025-03-08 11:30");

        var resolution = report.StateOf(SlaMetric.Resolution);
        resolution.DueAt.Should().Be(Instant.FromUtc(2025, 3, 8, 20, 30));
        resolution.CalendarId.Should().Be(BusinessCalendar.AlwaysOpen.Id);
        var opened = Instant.FromUtc(2025, 3, 8, 10, 30);
        var ticket = CustomerWrote(opened);
        report.ShouldMatch(ByHand(policies, ticket, Instant.FromUtc(2025, 3, 8, 11, 30)));
    }

    [Fact]
    public void Example6_OpenedFridayNight_BusinessAndCalendarElapsedDiffer()
    {
        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("business-hours")
                .WithCalendar("eight-to-five")
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                .Build())
            .Add(SlaPolicy.Create("round-the-clock", kind: SlaPolicyKind.Ola)
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(80), SlaHoursMode.Calendar)
                .Build())
            .Build();

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-07 21:00", Utc)
            .CustomerWrites()
            .EvaluateAt("2025-03-10 09:30");

        report.StateOf(SlaMetric.Resolution, kind: SlaPolicyKind.Sla).Elapsed.Should().Be(Duration.FromMinutes(90));
        report.StateOf(SlaMetric.Resolution, kind: SlaPolicyKind.Ola).Elapsed.Should().Be(Duration.FromHours(60) + Duration.FromMinutes(30));
        var opened = Instant.FromUtc(2025, 3, 7, 21, 0);
        var ticket = CustomerWrote(opened);
        report.ShouldMatch(ByHand(policies, ticket, Instant.FromUtc(2025, 3, 10, 9, 30)));
    }
}
