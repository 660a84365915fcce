using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Tests.Scenarios.ScenarioFixtures;

namespace CustomerService.Core.Testing.Tests.Scenarios;

/// <summary>Stories for the edges of SLA-SEMANTICS: DST, pauses, retargeting, breaches, agent-opened tickets, conditions.</summary>
public sealed partial class TicketScenarioTests
{
    private static readonly Instant Monday0900 = Instant.FromUtc(2025, 3, 3, 9, 0);

    [Fact]
    public void FridayNewYorkTicket_RepliedMondayAfterTheDstChange_CountsOnlyOpenHours()
    {
        var policies = OnePolicy("support-ny", new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(2)));
        var friday = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-07 16:00", NewYork)
            .WithPriority(Priority.High)
            .CustomerWrites();

        var inTime = friday.At("2025-03-10 09:45").AgentReplies().EvaluateNow().StateOf(SlaMetric.FirstReply);
        var late = friday.At("2025-03-10 10:05").AgentReplies().EvaluateNow();

        // Friday 16:00-17:00 EST and Monday 09:00-09:45 EDT; the 64h45m between them in physical time are mostly closed.
        inTime.Stage.Should().Be(SlaStage.Achieved);
        inTime.Elapsed.Should().Be(Duration.FromMinutes(105));
        inTime.EndedAt.Should().Be(Instant.FromUtc(2025, 3, 10, 13, 45));
        var lateReply = late.StateOf(SlaMetric.FirstReply);
        lateReply.Stage.Should().Be(SlaStage.Breached);
        lateReply.Breach!.At.Should().Be(Instant.FromUtc(2025, 3, 10, 14, 0));
        var opened = Instant.FromUtc(2025, 3, 7, 21, 0);
        var ticket = CustomerWrote(opened, Priority.High);
        ticket.AddAgentReply(Agent, "Fixed", isPublic: true, Instant.FromUtc(2025, 3, 10, 14, 5));
        late.ShouldMatch(ByHand(policies, ticket, Instant.FromUtc(2025, 3, 10, 14, 5)));
    }

    [Fact]
    public void AgentAsksForMore_PausesResolutionUntilTheCustomerWrites()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8)));
        var waiting = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromHours(1)).AgentAsksForMore();

        var whilePending = waiting.EvaluateAfter(Duration.FromHours(3)).StateOf(SlaMetric.Resolution);
        var answered = waiting.After(Duration.FromHours(3)).CustomerWrites().EvaluateAfter(Duration.FromHours(1));

        whilePending.Stage.Should().Be(SlaStage.Paused);
        whilePending.Elapsed.Should().Be(Duration.FromHours(1));
        var resumed = answered.StateOf(SlaMetric.Resolution);
        resumed.Stage.Should().Be(SlaStage.Running);
        resumed.Elapsed.Should().Be(Duration.FromHours(2));
        resumed.PausedTime.Should().Be(Duration.FromHours(3));
        resumed.DueAt.Should().Be(Instant.FromUtc(2025, 3, 4, 12, 0), "6h remain at 14:00 Monday: 3h to 17:00, 3h on Tuesday");
        var ticket = CustomerWrote(Monday0900);
        ticket.AddAgentReply(Agent, "Which browser?", isPublic: true, Monday0900 + Duration.FromHours(1));
        ticket.ChangeStatus(TicketStatus.Pending, Monday0900 + Duration.FromHours(1));
        ticket.AddCustomerMessage("Firefox", Monday0900 + Duration.FromHours(4));
        answered.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromHours(5)));
    }

    [Fact]
    public void PutOnHold_PausesAgentWorkTimeButNotResolution()
    {
        var policies = OnePolicy(
            "nine-to-five",
            new SlaTarget(SlaMetric.AgentWorkTime, Priority.Normal, Duration.FromHours(8)),
            new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromHours(1)).PutOnHold()
            .After(Duration.FromHours(2)).StatusChangedTo(TicketStatus.Open)
            .EvaluateAfter(Duration.FromHours(1));

        report.StateOf(SlaMetric.AgentWorkTime).Elapsed.Should().Be(Duration.FromHours(2));
        report.StateOf(SlaMetric.Resolution).Elapsed.Should().Be(Duration.FromHours(4));
        var ticket = CustomerWrote(Monday0900);
        ticket.ChangeStatus(TicketStatus.OnHold, Monday0900 + Duration.FromHours(1));
        ticket.ChangeStatus(TicketStatus.Open, Monday0900 + Duration.FromHours(3));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromHours(4)));
    }

    [Fact]
    public void PriorityChangedTo_ATighterTargetAlreadyUsedUp_BreachesAtTheChange()
    {
        var policies = OnePolicy(
            "nine-to-five",
            new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4)),
            new SlaTarget(SlaMetric.FirstReply, Priority.Urgent, Duration.FromHours(1)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(90)).PriorityChangedTo(Priority.Urgent)
            .EvaluateNow();

        // SLA-SEMANTICS §4, the default RecomputeFromStart: the 1h target is measured from 09:00, so it was used up at 10:00.
        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.Target.Priority.Should().Be(Priority.Urgent);
        firstReply.Stage.Should().Be(SlaStage.Breached);
        firstReply.DueAt.Should().Be(Monday0900 + Duration.FromHours(1));
        firstReply.BreachAt.Should().Be(Monday0900 + Duration.FromMinutes(90));
        firstReply.Explain().TargetChanges.Should().ContainSingle().Which.At.Should().Be(Monday0900 + Duration.FromMinutes(90));
        var ticket = CustomerWrote(Monday0900);
        ticket.ChangePriority(Priority.Urgent, Monday0900 + Duration.FromMinutes(90));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromMinutes(90)));
    }

    [Fact]
    public void PriorityChangedTo_UnderRestart_EndsTheOldStateAndMeasuresTheNewTargetFromTheChange()
    {
        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4))
                .WithTarget(SlaMetric.FirstReply, Priority.Urgent, Duration.FromHours(1))
                .Build())
            .WithRetargeting(SlaRetargeting.Restart)
            .WithDefaultCalendar("nine-to-five")
            .Build();

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(90)).PriorityChangedTo(Priority.Urgent)
            .EvaluateAfter(Duration.FromMinutes(30));

        report.StateOf(SlaMetric.FirstReply, priority: Priority.Normal).Stage.Should().Be(SlaStage.Cancelled);
        var urgent = report.StateOf(SlaMetric.FirstReply, priority: Priority.Urgent);
        urgent.Stage.Should().Be(SlaStage.Running);
        urgent.Elapsed.Should().Be(Duration.FromMinutes(30));
        urgent.DueAt.Should().Be(Monday0900 + Duration.FromMinutes(150));
        var ticket = CustomerWrote(Monday0900);
        ticket.ChangePriority(Priority.Urgent, Monday0900 + Duration.FromMinutes(90));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromHours(2)));
    }

    [Fact]
    public void AgentReplies_AfterTheTarget_IsABreachWithItsInstantAndTheWarningBeforeIt()
    {
        var policies = OnePolicy(
            "nine-to-five",
            new SlaTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), warnings: [SlaWarningThreshold.PercentOfTarget(75)]));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .WithPriority(Priority.High)
            .CustomerWrites()
            .After(Duration.FromHours(2)).AgentReplies()
            .EvaluateNow();

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.Stage.Should().Be(SlaStage.Breached);
        firstReply.Elapsed.Should().Be(Duration.FromHours(2));
        firstReply.Remaining.Should().Be(-Duration.FromHours(1));
        firstReply.EndedAt.Should().Be(Monday0900 + Duration.FromHours(2));
        report.IsAnyBreached.Should().BeTrue();
        report.Facts.Select(f => (f.GetType().Name, f.At)).Should().Equal(
            (nameof(SlaWarningReached), Monday0900 + Duration.FromMinutes(45)),
            (nameof(SlaBreached), Monday0900 + Duration.FromHours(1)));
        var ticket = CustomerWrote(Monday0900, Priority.High);
        ticket.AddAgentReply(Agent, "Fixed", isPublic: true, Monday0900 + Duration.FromHours(2));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromHours(2)));
    }

    [Fact]
    public void ByAgent_FirstReplyStartsAtTheFirstPublicMessageAndStopsAtTheNextAgentReply()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));
        var opened = Instant.FromUtc(2025, 3, 5, 10, 0);

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(opened)
            .ByAgent()
            .After(Duration.FromMinutes(30)).AgentReplies()
            .After(Duration.FromMinutes(30)).CustomerWrites()
            .After(Duration.FromMinutes(20)).AgentReplies()
            .EvaluateNow();

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.StartedAt.Should().Be(opened + Duration.FromMinutes(30));
        firstReply.EndedAt.Should().Be(opened + Duration.FromMinutes(80));
        firstReply.Elapsed.Should().Be(Duration.FromMinutes(50));
        firstReply.Stage.Should().Be(SlaStage.Achieved);
        var ticket = Ticket.OpenByAgent(TicketId.New(), CustomerId.New(), Agent, Channel.Email, Priority.Normal, "Called about an invoice", opened);
        ticket.AddAgentReply(Agent, "As discussed on the phone", isPublic: true, opened + Duration.FromMinutes(30));
        ticket.AddCustomerMessage("Thanks, one more thing", opened + Duration.FromMinutes(60));
        ticket.AddAgentReply(Agent, "Sure", isPublic: true, opened + Duration.FromMinutes(80));
        report.ShouldMatch(ByHand(policies, ticket, opened + Duration.FromMinutes(80)));
    }

    [Fact]
    public void InternalNotesAndAutomatedReplies_DoNotStopFirstReply()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));
        var noted = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(5)).AutomationReplies()
            .After(Duration.FromMinutes(10)).AgentAddsInternalNote();

        var beforeReply = noted.EvaluateAfter(Duration.FromMinutes(5)).StateOf(SlaMetric.FirstReply);
        var afterReply = noted.After(Duration.FromMinutes(5)).AgentReplies().EvaluateNow().StateOf(SlaMetric.FirstReply);

        beforeReply.Stage.Should().Be(SlaStage.Running);
        beforeReply.Elapsed.Should().Be(Duration.FromMinutes(20));
        afterReply.Stage.Should().Be(SlaStage.Achieved);
        afterReply.EndedAt.Should().Be(Monday0900 + Duration.FromMinutes(20));
    }

    [Fact]
    public void CustomerWrites_AfterEachReply_StartsANextReplyCycle()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(1)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(10)).AgentReplies()
            .After(Duration.FromHours(1)).CustomerWrites()
            .After(Duration.FromMinutes(20)).AgentReplies()
            .After(Duration.FromHours(1)).CustomerWrites()
            .EvaluateAfter(Duration.FromMinutes(5));

        report.StateOf(SlaMetric.NextReply, cycle: 1).Should().Match<SlaTargetState>(s => s.Stage == SlaStage.Achieved && s.Elapsed == Duration.FromMinutes(20));
        report.StateOf(SlaMetric.NextReply, cycle: 2).Should().Match<SlaTargetState>(s => s.Stage == SlaStage.Running && s.Elapsed == Duration.FromMinutes(5));
    }

    [Fact]
    public void Reopened_ResolutionGoesOnWithTheTimeAlreadyUsed()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8)));

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromHours(1)).AgentReplies().Solved()
            .After(Duration.FromHours(2)).Reopened()
            .EvaluateAfter(Duration.FromHours(1));

        var resolution = report.StateOf(SlaMetric.Resolution);
        resolution.Stage.Should().Be(SlaStage.Running);
        resolution.Elapsed.Should().Be(Duration.FromHours(2));
        var ticket = CustomerWrote(Monday0900);
        ticket.AddAgentReply(Agent, "Fixed", isPublic: true, Monday0900 + Duration.FromHours(1));
        ticket.Solve(Monday0900 + Duration.FromHours(1));
        ticket.Reopen(Monday0900 + Duration.FromHours(3));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromHours(4)));
    }

    [Fact]
    public void MergedAsDuplicate_CancelsTheRunningClock()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));
        var original = TicketId.New();

        var merged = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(10)).MergedAsDuplicate(into: original);

        var firstReply = merged.EvaluateAfter(Duration.FromHours(2)).StateOf(SlaMetric.FirstReply);
        firstReply.Stage.Should().Be(SlaStage.Cancelled);
        firstReply.EndedAt.Should().Be(Monday0900 + Duration.FromMinutes(10));
        merged.ToTicket().MergedInto.Should().Be(original);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("gold")]
    [InlineData("vip")]
    [InlineData("plan")]
    [InlineData("billing")]
    [InlineData("standard")]
    public void OpeningDescription_SelectsThePolicyWhoseConditionsHold(string expectedPolicy)
    {
        var gold = CustomerTier.Create("gold");
        SlaPolicy Policy(string id, int minutes, params PolicyCondition[] conditions)
        {
            var policy = SlaPolicy.Create(id);
            if (conditions.Length > 0)
            {
                policy.When(conditions);
            }

            return policy.WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(minutes)).Build();
        }

        var policies = SlaPolicySet.Create()
            .Add(
                Policy("chat", 15, PolicyCondition.ChannelIn(Channel.Chat)),
                Policy("gold", 30, PolicyCondition.CustomerTierIn(gold)),
                Policy("vip", 45, PolicyCondition.HasAnyTag("vip")),
                Policy("plan", 50, PolicyCondition.CustomFieldIn("plan", "gold")),
                Policy("billing", 55, PolicyCondition.GroupIn(Billing)),
                Policy("standard", 240))
            .WithDefaultCalendar("nine-to-five")
            .Build();
        var opened = TicketScenario.Under(policies, AllCalendars).OpenedAt(Monday0900);

        var described = expectedPolicy switch
        {
            "chat" => opened.Via(Channel.Chat),
            "gold" => opened.ForCustomer(gold),
            "vip" => opened.WithTags("vip"),
            "plan" => opened.WithCustomField("plan", CustomFieldValue.FromText("gold")),
            "billing" => opened.InGroup(Billing),
            _ => opened,
        };

        var firstReply = described.CustomerWrites().EvaluateAfter(Duration.FromMinutes(5)).StateOf(SlaMetric.FirstReply);
        firstReply.PolicyId.Should().Be(expectedPolicy);
    }

    [Fact]
    public void StoryChanges_ToTagsGroupAndFields_SelectThePolicyAgain()
    {
        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("vip").When(PolicyCondition.HasAnyTag("vip")).WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)).Build())
            .Add(SlaPolicy.Create("standard").WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4)).Build())
            .Add(SlaPolicy.Create("billing-ola", kind: SlaPolicyKind.Ola).When(PolicyCondition.GroupIn(Billing)).WithTarget(SlaMetric.AgentWorkTime, Priority.Normal, Duration.FromHours(2)).Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .CustomerWrites()
            .After(Duration.FromMinutes(10)).Tagged("VIP")
            .After(Duration.FromMinutes(10)).MovedToGroup(Billing)
            .After(Duration.FromMinutes(10)).CustomFieldSet("plan", CustomFieldValue.FromText("gold"))
            .EvaluateNow();

        report.StateOf(SlaMetric.FirstReply).PolicyId.Should().Be("vip");
        report.StateOf(SlaMetric.AgentWorkTime, kind: SlaPolicyKind.Ola).PolicyId.Should().Be("billing-ola");
        var ticket = CustomerWrote(Monday0900);
        ticket.AddTags(["vip"], Monday0900 + Duration.FromMinutes(10));
        ticket.AssignToGroup(Billing, Monday0900 + Duration.FromMinutes(20));
        ticket.SetCustomField("plan", CustomFieldValue.FromText("gold"), Monday0900 + Duration.FromMinutes(30));
        report.ShouldMatch(ByHand(policies, ticket, Monday0900 + Duration.FromMinutes(30)));
    }

    [Fact]
    public void ForCustomer_WithACalendar_CountsOnTheCustomersCalendar()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(2)));
        var customer = new SlaCustomerContext(CustomerTier.Create("gold"), "eight-to-five");

        var report = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt("2025-03-03 07:00", DateTimeZone.Utc)
            .ForCustomer(customer)
            .CustomerWrites()
            .EvaluateAt("2025-03-03 08:30");

        var firstReply = report.StateOf(SlaMetric.FirstReply);
        firstReply.CalendarId.Should().Be("eight-to-five");
        firstReply.Explain().CalendarSource.Should().Be(SlaCalendarSource.Customer);
        firstReply.Elapsed.Should().Be(Duration.FromMinutes(30));
        var opened = Instant.FromUtc(2025, 3, 3, 7, 0);
        var ticket = CustomerWrote(opened);
        report.ShouldMatch(ByHand(policies, ticket, opened + Duration.FromMinutes(90), customer));
    }

    [Fact]
    public void AssignedToAndUnassigned_ChangeTheTicketsAgentAndKeepItsGroup()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));
        var other = AgentId.New();

        var assigned = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .InGroup(Billing)
            .CustomerWrites()
            .After(Duration.FromMinutes(5)).AssignedTo(other);
        var unassigned = assigned.After(Duration.FromMinutes(5)).Unassigned();
        var elsewhere = unassigned.AssignedTo(other, GroupId.New());

        assigned.ToTicket().Should().Match<Ticket>(t => t.AssigneeId == other && t.GroupId == Billing);
        unassigned.ToTicket().Should().Match<Ticket>(t => t.AssigneeId == null && t.GroupId == Billing);
        elsewhere.ToTicket().GroupId.Should().NotBe(Billing);
    }

    [Fact]
    public void UntaggedAndCustomFieldRemoved_ChangeTheTicket()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));

        var scenario = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .WithTags("vip", "billing")
            .WithCustomField("plan", CustomFieldValue.FromText("gold"))
            .CustomerWrites()
            .After(Duration.FromMinutes(5)).Untagged("vip")
            .CustomFieldRemoved("plan");

        var ticket = scenario.ToTicket();
        ticket.Tags.Should().Equal("billing");
        ticket.CustomFields.Should().BeEmpty();
    }

    [Fact]
    public void WithCustomField_SameKeyTwice_KeepsTheLaterValue()
    {
        var policies = OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)));

        var ticket = TicketScenario.Under(policies, AllCalendars)
            .OpenedAt(Monday0900)
            .WithCustomField("plan", CustomFieldValue.FromText("silver"))
            .WithCustomField("Plan", CustomFieldValue.FromText("gold"))
            .ToTicket();

        ticket.CustomFields.Should().ContainSingle().Which.Value.Should().Be(CustomFieldValue.FromText("gold"));
    }
}
