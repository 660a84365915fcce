using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>Policy matching, kinds side by side, the calendar chain, warnings and explanations.</summary>
public sealed class SlaEnginePolicyTests
{
    private static readonly SlaPolicy Gold = SlaPolicy.Create("gold", 3)
        .When(PolicyCondition.CustomerTierIn(CustomerTier.Create("gold")))
        .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(30))
        .Build();

    private static readonly SlaPolicy Standard = SlaPolicy.Create("standard")
        .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(4))
        .Build();

    private static readonly SlaPolicy BillingOla = SlaPolicy.Create("billing-ola", 1, SlaPolicyKind.Ola)
        .When(PolicyCondition.GroupIn(Billing))
        .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(4), SlaHoursMode.Calendar)
        .Build();

    private static SlaEngine Engine(SlaPolicySetBuilder? builder = null) =>
        new((builder ?? SlaPolicySet.Create()).Add(Gold, Standard, BillingOla).WithDefaultCalendar("nine-to-five").Build(), AllCalendars);

    [Fact]
    public void FirstMatchWithinAKind_Applies()
    {
        var ticket = Open(Utc("2025-03-03 09:00"));
        var gold = new SlaCustomerContext(CustomerTier.Create("gold"));

        Engine().Evaluate(ticket, Utc("2025-03-03 09:10"), gold).Single(SlaMetric.FirstReply).PolicyId.Should().Be("gold");
        Engine().Evaluate(ticket, Utc("2025-03-03 09:10")).Single(SlaMetric.FirstReply).PolicyId.Should().Be("standard");
    }

    [Fact]
    public void SlaAndOla_ApplySideBySide()
    {
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.AssignToGroup(Billing, Utc("2025-03-03 09:10"));

        var report = Engine().Evaluate(ticket, Utc("2025-03-03 10:00"));

        report.Targets.Select(t => (t.Kind, t.PolicyId, t.Metric.Id)).Should().Equal(
            (SlaPolicyKind.Sla, "standard", "first-reply"),
            (SlaPolicyKind.Ola, "billing-ola", "resolution"));
        report.Single(SlaMetric.Resolution).Elapsed.Should().Be(Duration.FromHours(1), "the clock started at opening; the OLA measures it from there");
    }

    [Fact]
    public void CalendarChain_GroupBeforeCustomerBeforePolicyBeforeDefault()
    {
        var ticket = Open(Utc("2025-03-03 07:00"));
        var builder = SlaPolicySet.Create().WithGroupCalendar(Billing, "eight-to-five");
        var customer = new SlaCustomerContext(CustomerTier.Standard, "support-ny");

        var byCustomer = Engine(builder).Evaluate(ticket, Utc("2025-03-03 08:00"), customer).Single(SlaMetric.FirstReply);
        byCustomer.CalendarId.Should().Be("support-ny");
        byCustomer.Explain().CalendarSource.Should().Be(SlaCalendarSource.Customer);

        ticket.AssignToGroup(Billing, Utc("2025-03-03 07:30"));
        var byGroup = Engine(SlaPolicySet.Create().WithGroupCalendar(Billing, "eight-to-five")).Evaluate(ticket, Utc("2025-03-03 08:30"), customer).Single(SlaMetric.FirstReply);
        byGroup.CalendarId.Should().Be("eight-to-five");
        byGroup.Elapsed.Should().Be(Duration.FromMinutes(30));

        var byDefault = Engine().Evaluate(ticket, Utc("2025-03-03 09:30")).Single(SlaMetric.FirstReply);
        byDefault.CalendarId.Should().Be("nine-to-five");
        byDefault.Explain().CalendarSource.Should().Be(SlaCalendarSource.Default);
    }

    [Fact]
    public void Warnings_AreReachedInBusinessTime_NeverAtNight()
    {
        var engine = SlaFixtures.Engine(
            SlaMetric.Resolution,
            Duration.FromHours(4),
            warnings: [SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.PercentOfTarget(75), SlaWarningThreshold.BeforeBreach(Duration.FromMinutes(30))]);
        var ticket = Open(Utc("2025-03-03 15:00"));

        var evening = engine.Evaluate(ticket, Utc("2025-03-03 20:00")).Single(SlaMetric.Resolution);
        evening.Warnings.Should().ContainSingle().Which.At.Should().Be(Utc("2025-03-03 17:00"), "2 business hours end at the closing");

        var report = engine.Evaluate(ticket, Utc("2025-03-04 11:30"));
        var state = report.Single(SlaMetric.Resolution);
        state.Warnings.Select(w => (w.Threshold.ToString(), w.At)).Should().Equal(
            ("50%", Utc("2025-03-03 17:00")),
            ("75%", Utc("2025-03-04 10:00")),
            ("30m before breach", Utc("2025-03-04 10:30")));
        state.Stage.Should().Be(SlaStage.Breached);
        report.Facts.Select(f => f.At).Should().BeInAscendingOrder().And.HaveCount(4);
        report.Facts[^1].Should().BeOfType<SlaBreached>().Which.At.Should().Be(Utc("2025-03-04 11:00"));
    }

    [Fact]
    public void Explanation_SaysWhyItIsDue()
    {
        var ticket = Open(Utc("2025-03-07 16:30"));
        var gold = new SlaCustomerContext(CustomerTier.Create("gold"));

        var explanation = Engine().Evaluate(ticket, Utc("2025-03-10 09:10"), gold).Single(SlaMetric.FirstReply).Explain();

        explanation.MatchedConditions.Should().ContainSingle().Which.Field.Should().Be(PolicyField.CustomerTier);
        explanation.SkippedPolicies.Should().BeEmpty();
        explanation.Segments.Should().ContainSingle().Which.Should().Be(new SlaCountedSegment(Utc("2025-03-07 16:30"), Utc("2025-03-10 09:10"), Duration.FromMinutes(40)));
        var text = explanation.ToString();
        text.Should().Contain("gold v3").And.Contain("customer-tier in [gold]").And.Contain("nine-to-five").And.Contain("2025-03-10T09:00:00Z");
    }

    [Fact]
    public void Explanation_NamesThePoliciesThatDidNotMatch()
    {
        var ticket = Open(Utc("2025-03-03 09:00"));

        var explanation = Engine().Evaluate(ticket, Utc("2025-03-03 09:10")).Single(SlaMetric.FirstReply).Explain();

        explanation.SkippedPolicies.Should().Equal(Gold);
        explanation.MatchedConditions.Should().BeEmpty();
        explanation.ToString().Should().Contain("it has no conditions").And.Contain("gold v3 did not match");
    }

    [Fact]
    public void AnyPolicy_MatchesOnOneCondition()
    {
        var policy = SlaPolicy.Create("urgent-or-chat").MatchingAny()
            .When(PolicyCondition.PriorityIn(Priority.Urgent), PolicyCondition.ChannelIn(Channel.Chat))
            .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(5), SlaHoursMode.Calendar)
            .Build();
        var engine = new SlaEngine(SlaPolicySet.Create().Add(policy).Build(), AllCalendars);
        var chat = Ticket.Open(TicketId.New(), TheCustomer, Channel.Chat, Priority.Normal, "Hi", Utc("2025-03-03 09:00"));
        var email = Open(Utc("2025-03-03 09:00"));

        engine.Evaluate(chat, Utc("2025-03-03 09:01")).Targets.Should().ContainSingle();
        engine.Evaluate(email, Utc("2025-03-03 09:01")).Targets.Should().BeEmpty();
    }

    [Fact]
    public void CustomFieldCondition_MatchesTheFieldsInvariantForm()
    {
        var policy = SlaPolicy.Create("enterprise").When(PolicyCondition.CustomFieldIn("seats", "500"))
            .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(15), SlaHoursMode.Calendar)
            .Build();
        var engine = new SlaEngine(SlaPolicySet.Create().Add(policy).Build(), AllCalendars);
        var ticket = Open(Utc("2025-03-03 09:00"));

        engine.Evaluate(ticket, Utc("2025-03-03 09:01")).Targets.Should().BeEmpty();
        ticket.SetCustomField("seats", CustomFieldValue.FromNumber(500), Utc("2025-03-03 09:02"));
        engine.Evaluate(ticket, Utc("2025-03-03 09:03")).Single(SlaMetric.FirstReply).Elapsed.Should().Be(Duration.FromMinutes(3));
    }

    [Fact]
    public void StateToString_HasNoPersonalData()
    {
        var ticket = Ticket.Open(TicketId.New(), TheCustomer, Channel.Email, Priority.Normal, "jane.doe@example.com cannot log in", Utc("2025-03-03 09:00"));
        ticket.AddCustomerMessage("My phone is +44 20 7946 0958", Utc("2025-03-03 09:05"));

        var report = Engine().Evaluate(ticket, Utc("2025-03-03 09:10"));
        var texts = report.Targets.Select(t => t.ToString() + t.Explain()).Append(report.ToString());

        texts.Should().NotContain(t => t.Contains("jane", System.StringComparison.OrdinalIgnoreCase) || t.Contains("7946", System.StringComparison.Ordinal));
    }
}
