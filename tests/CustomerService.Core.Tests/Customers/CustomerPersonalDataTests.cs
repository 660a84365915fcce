using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

/// <summary>
/// No personal data in anything a host might log: <c>ToString()</c> of customers, value objects and
/// events, and the messages of every exception the customer code throws, for programmer errors and
/// broken rules alike.
/// </summary>
public sealed class CustomerPersonalDataTests
{
    private static readonly CustomerId FixedId = new(Guid.Parse("6c6f6f6b-0000-4000-8000-000000000001"));

    private static readonly string[] Needles = [.. JanesPersonalData, "example.com"];

    [Fact]
    public void ToString_OfCustomersValueObjectsAndEvents_HasNoPersonalData()
    {
        var texts = new List<string>();
        var customer = FullCustomer(FixedId, keepEvents: true);
        customer.Rename(CustomerName.Create("Jane Doe-Smith"), At(11));
        customer.RemoveContactPoint(JaneEmail, At(12));
        customer.ChangeTier(CustomerTier.Create("enterprise"), At(13));
        customer.WithdrawSurveyConsent(At(14));
        customer.WithdrawMarketingConsent(At(15));
        customer.RemoveFromOrganization(At(16));
        texts.Add(customer.ToString());
        customer.Erase(At(17));
        texts.Add(customer.ToString());

        texts.AddRange(customer.DomainEvents.Select(e => e.ToString()!));
        texts.AddRange(new object[] { Jane, JaneEmail, JanePhone, JaneHandle }.Select(o => o.ToString()!));
        texts.Add(((ContactPoint)JaneEmail).ToString());

        var everyEventType = typeof(ICustomerEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(ICustomerEvent).IsAssignableFrom(t));
        customer.DomainEvents.Select(e => e.GetType()).Distinct().Should().BeEquivalentTo(everyEventType, "the scan covers every kind of event");
        texts.Should().Contain(t => t.Contains("[redacted]", StringComparison.Ordinal), "personal values are shown as redacted");
        AssertNoPersonalData(texts);
    }

    [Fact]
    public void Messages_OfProgrammerErrors_HaveNoPersonalData()
    {
        var customer = FullCustomer(FixedId);
        Action[] actions =
        [
            () => EmailAddress.Create("jane.doe@@example.com"),
            () => EmailAddress.Create("Jane Doe <jane.doe@example.com>"),
            () => EmailAddress.Create("jane.doe@example"),
            () => PhoneNumber.Create("+1 (415) 555-0123 ext 9"),
            () => PhoneNumber.Create("4155550123"),
            () => PhoneNumber.Create("+1 4155550123 4155550123"),
            () => CustomerName.Create("Jane\nDoe"),
            () => CustomerName.Create("Jane Doe " + new string('x', 300)),
            () => SocialHandle.Create(Channel.SocialMedia, "@jane doe"),
            () => SocialHandle.Create(Channel.Email, "@janedoe"),
            () => CustomerTier.Create("Jane Doe"),
            () => Locale.Create("Jane Doe"),
            () => Region.Create("Jane Doe"),
            () => CustomerId.Parse("jane.doe@example.com"),
            () => customer.SetTimeZone("Jane Doe", At(11)),
            () => customer.SetTimeZone("jane.doe@example.com", NodaTime.DateTimeZoneProviders.Tzdb, At(11)),
        ];

        var messages = actions.Select(PersonalDataScan.ThrownText).ToList();

        messages.Should().HaveCount(actions.Length);
        AssertNoPersonalData(messages);
    }

    [Fact]
    public void Messages_OfBrokenRules_HaveNoPersonalData()
    {
        var customer = FullCustomer(FixedId);
        var erased = Erased();
        Action[] actions =
        [
            () => customer.AddContactPoint(EmailAddress.Create("jane.doe@example.com"), At(11)),
            () => customer.AddContactPoint(JanePhone, At(11)),
            () => customer.AddContactPoint(JaneHandle, At(11)),
            () => customer.RemoveContactPoint(SocialHandle.Create(Channel.Chat, "@janedoe"), At(11)),
            () => customer.SetPreferredChannel(Channel.Chat, At(11)),
            () => customer.Rename(Jane, At(1)),
            () => customer.EnsureCanContact(Channel.Web),
            () => erased.Rename(Jane, At(30)),
            () => erased.AddContactPoint(JaneEmail, At(30)),
            () => erased.EnsureCanContact(Channel.Email),
            () => erased.EnsureCanSurvey(),
        ];

        var messages = actions.Select(PersonalDataScan.ThrownText).ToList();

        messages.Should().HaveCount(actions.Length);
        AssertNoPersonalData(messages);
    }

    private static void AssertNoPersonalData(IEnumerable<string> texts) =>
        PersonalDataScan.ShouldHoldNone(texts, [.. Needles, "jane", "doe"]);
}
