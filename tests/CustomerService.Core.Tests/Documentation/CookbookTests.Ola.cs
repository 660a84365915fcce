using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

public sealed partial class CookbookTests
{
    [Fact]
    public void Ola_BillingTeam_IsMeasuredBesideTheCustomerSla_AndAcknowledgesItsEscalationInItsOwnHours()
    {
        BusinessCalendar supportNy = Weekdays("support-ny", "America/New_York");
        BusinessCalendar billingHours = Weekdays("billing-berlin", "Europe/Berlin");
        AgentId agent = AgentId.New();
        AgentId billingLead = AgentId.New();

        // ---- snippet cookbook/ola-policies begins
        GroupId billing = GroupId.New();
        SlaMetric billingHandling = SlaMetric.Define("billing-handling")             // from the moment billing has the ticket
            .StartsWhen(SlaTrigger.GroupAssigned())
            .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
            .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending, TicketStatus.OnHold))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending, TicketStatus.OnHold))
            .Build();

        SlaPolicySet policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("customer-sla")                                   // the promise to the customer
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1))
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(8))
                .Build())
            .Add(SlaPolicy.Create("billing-ola", version: 1, SlaPolicyKind.Ola)     // billing's promise to support
                .When(PolicyCondition.GroupIn(billing))
                .WithCalendar("billing-berlin")                                     // the policy's calendar: billing's hours
                .WithTarget(billingHandling, Priority.High, Duration.FromHours(4), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(75))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();
        var engine = new SlaEngine(policies, [supportNy, billingHours]);
        // ---- snippet cookbook/ola-policies ends

        Instant opened = Instant.FromUtc(2025, 6, 10, 13, 30);   // Tuesday 09:30 in New York
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Refund the double charge", opened);
        ticket.AssignTo(agent, opened);                          // support works it without a group queue; see the caveat
        ticket.AddAgentReply(agent, "We are on it.", isPublic: true, opened + Duration.FromMinutes(15));

        // ---- snippet cookbook/ola-escalate begins
        Instant escalatedAt = Instant.FromUtc(2025, 6, 10, 14, 0);    // Tuesday 16:00 in Berlin: one billing hour left today
        TicketEscalations escalations = TicketEscalations.None(ticket.Id);
        Escalation toBilling = escalations.Raise(EscalationId.New(), EscalationKind.Functional, new EscalationLevel(1),
            from: EscalationTarget.Agent(agent), to: EscalationTarget.Group(billing),
            EscalationReason.Complexity, raisedBy: agent, at: escalatedAt);
        ticket.AssignToGroup(billing, escalatedAt);                    // the OLA applies, and its clock starts

        Instant nextMorning = Instant.FromUtc(2025, 6, 11, 7, 20);     // Wednesday 09:20 in Berlin
        toBilling.Acknowledge(billingLead, nextMorning);
        ticket.AddAgentReply(billingLead, "Refunded; the credit note is attached.", isPublic: true, nextMorning + Duration.FromMinutes(100));
        ticket.Solve(nextMorning + Duration.FromMinutes(100));         // 09:00Z: 11:00 in Berlin, 05:00 in New York
        toBilling.Resolve(nextMorning + Duration.FromMinutes(100));
        // ---- snippet cookbook/ola-escalate ends

        // ---- snippet cookbook/ola-measure begins
        Instant now = Instant.FromUtc(2025, 6, 11, 12, 0);
        SlaReport report = engine.Evaluate(ticket, now);
        SlaTargetState ola = report.Targets.Single(t => t.Kind == SlaPolicyKind.Ola);
        // ola: billing-handling, Achieved, 3h of 4h on billing-berlin (Tuesday 16:00-17:00 and Wednesday 09:00-11:00 in Berlin)
        SlaTargetState resolution = report.For(SlaMetric.Resolution).Single();
        // resolution: Achieved, 7h30m of 8h on support-ny: the customer's promise is still counted in New York hours

        AcknowledgementProgress acknowledged = toBilling.MeasureAcknowledgement(Duration.FromHours(2), billingHours, now);
        // Achieved: 1h20m of billing hours (17h20m on the clock), within the OLA's 2 hours to acknowledge
        // ---- snippet cookbook/ola-measure ends

        ola.Metric.Id.Should().Be("billing-handling");
        ola.PolicyId.Should().Be("billing-ola");
        ola.Stage.Should().Be(SlaStage.Achieved);
        ola.Elapsed.Should().Be(Duration.FromHours(3));
        ola.CalendarId.Should().Be("billing-berlin");
        ola.Explain().CalendarSource.Should().Be(SlaCalendarSource.Policy);
        ola.StartedAt.Should().Be(escalatedAt);
        resolution.Stage.Should().Be(SlaStage.Achieved);
        resolution.Elapsed.Should().Be(Duration.FromMinutes(450));
        resolution.CalendarId.Should().Be("support-ny");
        report.Targets.Select(t => t.Kind).Should().Equal(SlaPolicyKind.Sla, SlaPolicyKind.Sla, SlaPolicyKind.Ola);
        acknowledged.Stage.Should().Be(SlaStage.Achieved);
        acknowledged.Elapsed.Should().Be(Duration.FromMinutes(80));
        toBilling.TimeToAcknowledge.Should().Be(Duration.FromMinutes((17 * 60) + 20));
        toBilling.BusinessTimeToAcknowledge(billingHours).Should().Be(Duration.FromMinutes(80));

        // The text: KPIs count the OLA apart from the customer's SLA.
        var kpis = new KpiAccumulator(KpiOptions.Default);
        kpis.Add(ticket, report);
        var figures = kpis.Result().Overall;
        figures.SlaAchievementRate("billing-handling", SlaPolicyKind.Ola).Should().Be(new KpiRate(1, 1));
        figures.SlaAchievementRate("billing-handling").Total.Should().Be(0);

        // The text: a group calendar for billing would move the customer's SLA onto Berlin hours while billing has the ticket.
        var withGroupCalendar = SlaPolicySet.Create()
            .Add(policies.Policies.ToArray())
            .WithDefaultCalendar("support-ny")
            .WithGroupCalendar(billing, "billing-berlin")
            .Build();
        var moved = new SlaEngine(withGroupCalendar, [supportNy, billingHours]).Evaluate(ticket, now)
            .For(SlaMetric.Resolution).Single();
        moved.CalendarId.Should().Be("billing-berlin");
    }

    [Fact]
    public void Ola_TicketInASupportQueueFirst_ResetsOnTheMoveToBilling_AndCountsOnlyBillingsTime()
    {
        BusinessCalendar supportNy = Weekdays("support-ny", "America/New_York");
        BusinessCalendar billingHours = Weekdays("billing-berlin", "Europe/Berlin");
        GroupId supportQueue = GroupId.New();
        GroupId billing = GroupId.New();

        // ---- snippet cookbook/ola-queue-metric begins
        SlaMetric billingHandling = SlaMetric.Define("billing-handling")
            .StartsWhen(SlaTrigger.GroupAssigned())
            .ResetsWhen(SlaTrigger.GroupAssigned())                                 // each move to a group starts the count again
            .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
            .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending, TicketStatus.OnHold))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending, TicketStatus.OnHold))
            .Build();
        // ---- snippet cookbook/ola-queue-metric ends

        SlaMetric startsOnly = SlaMetric.Define("billing-handling")
            .StartsWhen(SlaTrigger.GroupAssigned())
            .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
            .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending, TicketStatus.OnHold))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending, TicketStatus.OnHold))
            .Build();
        Instant opened = Instant.FromUtc(2025, 6, 10, 13, 30);
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Refund the double charge", opened);
        ticket.AssignToGroup(supportQueue, opened);
        ticket.AssignToGroup(billing, Instant.FromUtc(2025, 6, 10, 14, 0));
        ticket.Solve(Instant.FromUtc(2025, 6, 11, 9, 0));

        SlaTargetState[] Ola(SlaMetric metric) => [.. new SlaEngine(
                SlaPolicySet.Create()
                    .Add(SlaPolicy.Create("billing-ola", 1, SlaPolicyKind.Ola)
                        .When(PolicyCondition.GroupIn(billing))
                        .WithCalendar("billing-berlin")
                        .WithTarget(metric, Priority.High, Duration.FromHours(4))
                        .Build())
                    .WithDefaultCalendar("support-ny")
                    .Build(),
                [supportNy, billingHours])
            .Evaluate(ticket, Instant.FromUtc(2025, 6, 11, 12, 0)).Targets];

        // The caveat: without the reset, the clock started when the support queue got the ticket, and billing's hours are counted from then.
        var withoutReset = Ola(startsOnly).Should().ContainSingle().Subject;
        withoutReset.StartedAt.Should().Be(opened);
        withoutReset.Elapsed.Should().Be(Duration.FromMinutes(210));

        // With it, billing's cycle starts at billing's assignment; the support group's cycle, which the move ended before
        // billing's OLA applied, never had a target and gets no state.
        var withReset = Ola(billingHandling).Should().ContainSingle().Subject;
        withReset.Cycle.Should().Be(2);
        withReset.Stage.Should().Be(SlaStage.Achieved);
        withReset.StartedAt.Should().Be(Instant.FromUtc(2025, 6, 10, 14, 0));
        withReset.Elapsed.Should().Be(Duration.FromHours(3));
    }
}
