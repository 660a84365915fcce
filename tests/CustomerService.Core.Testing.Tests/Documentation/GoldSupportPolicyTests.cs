using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.Documentation;

// The example test of docs/testing.md, line for line: TestingGuideTests checks that the page shows this code. Change both together.
// ---- docs/testing.md example begins
public sealed class GoldSupportPolicyTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly BusinessCalendar SupportNewYork = BusinessCalendar.Create("support-ny", NewYork)
        .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))
        .WithWeeklyHours(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0))
        .WithWeeklyHours(IsoDayOfWeek.Wednesday, new LocalTime(9, 0), new LocalTime(17, 0))
        .WithWeeklyHours(IsoDayOfWeek.Thursday, new LocalTime(9, 0), new LocalTime(17, 0))
        .WithWeeklyHours(IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    private static readonly SlaPolicySet Policies = SlaPolicySet.Create()
        .Add(SlaPolicy.Create("gold", version: 3)
            .When(PolicyCondition.CustomerTierIn(CustomerTier.Create("gold")))
            .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(75))
            .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(8))
            .Build())
        .WithDefaultCalendar("support-ny")
        .Build();

    private static readonly TicketScenarioSetup Desk = TicketScenario.Under(Policies, SupportNewYork);

    // A gold customer's high-priority ticket, opened Friday 16:30 in New York, before anyone answered it.
    private static readonly TicketScenario FridayTicket = Desk
        .OpenedAt("2025-03-07 16:30", NewYork)
        .WithPriority(Priority.High)
        .ForCustomer(CustomerTier.Create("gold"))
        .CustomerWrites();

    [Fact]
    public void FridayTicket_IsDueMondayMorning_AndIsAnsweredAndSolvedInTime()
    {
        SlaTargetState waiting = FridayTicket.EvaluateAt("2025-03-07 18:00").StateOf(SlaMetric.FirstReply);
        Assert.Equal(SlaStage.Running, waiting.Stage);
        Assert.Equal(Instant.FromUtc(2025, 3, 10, 13, 30), waiting.DueAt);   // Monday 09:30 EDT: the clocks moved on Sunday

        SlaReport monday = FridayTicket
            .At("2025-03-10 09:20").AgentReplies()
            .After(Duration.FromHours(1)).AgentAsksForMore()                 // Pending: Resolution pauses
            .After(Duration.FromHours(2)).CustomerWrites()                   // back to Open
            .After(Duration.FromMinutes(30)).Solved()
            .EvaluateAt("2025-03-10 17:00");

        SlaTargetState firstReply = monday.StateOf(SlaMetric.FirstReply);
        Assert.Equal(SlaStage.Achieved, firstReply.Stage);
        Assert.Equal(Duration.FromMinutes(50), firstReply.Elapsed);         // Friday 16:30-17:00, Monday 09:00-09:20
        Assert.Equal(Instant.FromUtc(2025, 3, 10, 13, 15), firstReply.Warnings.Single().At);   // 75% used at 09:15
        SlaTargetState resolution = monday.StateOf(SlaMetric.Resolution);
        Assert.Equal(SlaStage.Achieved, resolution.Stage);
        Assert.Equal(Duration.FromMinutes(140), resolution.Elapsed);        // the two pending hours not counted
        Assert.Equal(Duration.FromHours(2), resolution.PausedTime);
        Assert.False(monday.IsAnyBreached, monday.ToString());
    }

    [Fact]
    public void FridayTicket_NotAnsweredByMonday0930_IsBreached()
    {
        SlaReport report = FridayTicket.EvaluateAt("2025-03-10 10:00");

        SlaTargetState firstReply = report.StateOf(SlaMetric.FirstReply);
        Assert.True(firstReply.IsBreached, firstReply.Explain().ToString());
        Assert.Equal(Instant.FromUtc(2025, 3, 10, 13, 30), firstReply.Breach!.At);
        Assert.Equal("gold", firstReply.PolicyId);
        Assert.Contains("because customer-tier in [gold]", firstReply.Explain().ToString());
    }
}
// ---- docs/testing.md example ends
