using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>
/// The recipes of docs/cookbook.md, one test each: the regions are the cookbook's code blocks (GuideSnippetTests checks
/// they are the same), and the assertions check what the recipe's comments and text say.
/// </summary>
public sealed partial class CookbookTests
{
    // ---- snippet cookbook/weekdays begins
    private static BusinessCalendar Weekdays(string id, string zoneId)
    {
        var builder = BusinessCalendar.Create(id, DateTimeZoneProviders.Tzdb[zoneId]);
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        return builder.Build();
    }
    // ---- snippet cookbook/weekdays ends

    [Fact]
    public void Entitlements_TierFieldAndCustomerCalendar_ChooseThePolicyAndTheHours()
    {
        BusinessCalendar supportNy = Weekdays("support-ny", "America/New_York");
        BusinessCalendar acmeSydney = Weekdays("acme-sydney", "Australia/Sydney");
        Instant opened = Instant.FromUtc(2025, 6, 2, 22, 0);   // Monday 18:00 in New York, Tuesday 08:00 in Sydney

        // ---- snippet cookbook/entitlements begins
        var enterprise = CustomerTier.Create("enterprise");
        SlaPolicySet plans = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("enterprise", version: 2)
                .When(PolicyCondition.CustomerTierIn(enterprise))
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromMinutes(30))
                .Build())
            .Add(SlaPolicy.Create("premium-plan")
                .When(PolicyCondition.CustomFieldIn("support-plan", "premium"))
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1))
                .Build())
            .Add(SlaPolicy.Create("standard")                                   // no conditions: every other ticket
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(4))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();
        var engine = new SlaEngine(plans, [supportNy, acmeSydney]);             // every calendar a customer may name, too

        // The tier is the customer's, not the ticket's: the host passes it with each evaluation.
        var acme = Customer.Register(CustomerId.New(), enterprise, opened);
        var acmeContext = new SlaCustomerContext(acme.Tier, calendarId: "acme-sydney");   // their contract counts Sydney hours
        var acmeTicket = Ticket.Open(TicketId.New(), acme.Id, Channel.Email, Priority.High, "Sync fails", opened);

        var premiumTicket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Sync fails", opened);
        premiumTicket.SetCustomField("support-plan", CustomFieldValue.FromText("premium"), opened);

        var otherTicket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Sync fails", opened);

        SlaTargetState forAcme = engine.Evaluate(acmeTicket, opened, acmeContext).Targets[0];   // enterprise v2: due 09:30 in Sydney (23:30Z)
        SlaTargetState forPremium = engine.Evaluate(premiumTicket, opened).Targets[0];         // premium-plan: due 10:00 in New York (14:00Z)
        SlaTargetState forOther = engine.Evaluate(otherTicket, opened).Targets[0];             // standard: due 13:00 in New York (17:00Z)
        // ---- snippet cookbook/entitlements ends

        forAcme.PolicyId.Should().Be("enterprise");
        forAcme.PolicyVersion.Should().Be(2);
        forAcme.CalendarId.Should().Be("acme-sydney");
        forAcme.Explain().CalendarSource.Should().Be(SlaCalendarSource.Customer);
        forAcme.DueAt.Should().Be(Instant.FromUtc(2025, 6, 2, 23, 30));
        forPremium.PolicyId.Should().Be("premium-plan");
        forPremium.CalendarId.Should().Be("support-ny");
        forPremium.Explain().SkippedPolicies.Select(p => p.Id).Should().Equal("enterprise");
        forPremium.DueAt.Should().Be(Instant.FromUtc(2025, 6, 3, 14, 0));
        forOther.PolicyId.Should().Be("standard");
        forOther.Explain().MatchedConditions.Should().BeEmpty();
        forOther.DueAt.Should().Be(Instant.FromUtc(2025, 6, 3, 17, 0));

        // The text: policies are tried in order, so an enterprise customer on the premium plan gets the enterprise policy.
        acmeTicket.SetCustomField("support-plan", CustomFieldValue.FromText("premium"), opened);
        engine.Evaluate(acmeTicket, opened, acmeContext).Targets[0].PolicyId.Should().Be("enterprise");

        // The text: the tier given applies to the whole evaluation; a ticket's own attribute changes the policy when it changes.
        var asStandard = engine.Evaluate(acmeTicket, opened, SlaCustomerContext.Standard).Targets[0];
        asStandard.PolicyId.Should().Be("premium-plan");
        asStandard.Explain().TargetChanges.Should().BeEmpty();
        otherTicket.SetCustomField("support-plan", CustomFieldValue.FromText("premium"), opened + Duration.FromMinutes(20));
        var upgraded = engine.Evaluate(otherTicket, opened + Duration.FromHours(1)).Targets[0];
        upgraded.PolicyId.Should().Be("premium-plan");
        upgraded.Explain().TargetChanges.Select(c => c.At).Should().Equal(opened + Duration.FromMinutes(20));

        // The text: the customer's calendar must be one of the engine's.
        var unknown = () => engine.Evaluate(acmeTicket, opened, new SlaCustomerContext(enterprise, "acme-perth"));
        unknown.Should().Throw<System.ArgumentException>().WithParameterName("customer");
    }
}
