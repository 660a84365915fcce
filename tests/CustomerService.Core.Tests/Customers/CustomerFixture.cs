using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Customers;

/// <summary>Recognisable personal data and customers built from it.</summary>
internal static class CustomerFixture
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 7, 16, 0);

    public static readonly CustomerTier Gold = CustomerTier.Create("gold");

    public static readonly CustomerName Jane = CustomerName.Create("Jane Doe");

    public static readonly EmailAddress JaneEmail = EmailAddress.Create("jane.doe@example.com");

    public static readonly PhoneNumber JanePhone = PhoneNumber.Create("+1 (415) 555-0123");

    public static readonly SocialHandle JaneHandle = SocialHandle.Create(Channel.SocialMedia, "@janedoe");

    public static readonly OrganizationId Acme = new(Guid.Parse("0d3c2b1a-0000-4000-8000-00000000ac3e"));

    /// <summary>Strings that identify Jane; none may leak into ToString(), messages or an erased customer.</summary>
    public static readonly string[] JanesPersonalData =
        ["Jane Doe", "jane.doe@example.com", "jane.doe", "+14155550123", "4155550123", "555-0123", "@janedoe", "janedoe"];

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    public static Customer NewCustomer() => Customer.Register(CustomerId.New(), CustomerTier.Standard, T0);

    /// <summary>
    /// Jane with every field set (last change at <c>At(10)</c>; events dequeued unless asked to keep them):
    /// name, three contact points, preferred channel e-mail, locale, time zone, region, organization, both
    /// consents granted.
    /// </summary>
    public static Customer FullCustomer(CustomerId? id = null, bool keepEvents = false)
    {
        var customer = Customer.Register(id ?? CustomerId.New(), Gold, Jane, T0);
        customer.AddContactPoint(JaneEmail, At(1));
        customer.AddContactPoint(JanePhone, At(2));
        customer.AddContactPoint(JaneHandle, At(3));
        customer.SetPreferredChannel(Channel.Email, At(4));
        customer.SetLocale(Locale.Create("en-US"), At(5));
        customer.SetTimeZone("America/Los_Angeles", At(6));
        customer.SetRegion(Region.Create("US"), At(7));
        customer.AssignToOrganization(Acme, At(8));
        customer.GrantSurveyConsent(At(9));
        customer.GrantMarketingConsent(At(10));
        if (!keepEvents)
        {
            customer.DequeueDomainEvents();
        }

        return customer;
    }

    public static Customer Erased()
    {
        var customer = FullCustomer();
        customer.Erase(At(20));
        customer.DequeueDomainEvents();
        return customer;
    }

    /// <summary>Asserts that <paramref name="act"/> breaks <paramref name="expected"/> and changes nothing.</summary>
    public static void AssertViolates(DomainError expected, Customer customer, Action act)
    {
        var before = CustomerState.Of(customer);

        act.Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(expected);

        CustomerState.Of(customer).Should().Be(before);
    }
}

/// <summary>Everything observable about a customer, comparable by value.</summary>
internal sealed record CustomerState(
    long Version,
    int PendingEvents,
    string? Name,
    string ContactPoints,
    Channel? PreferredChannel,
    CustomerTier Tier,
    Locale? Locale,
    string? TimeZoneId,
    Region? Region,
    OrganizationId? OrganizationId,
    Consent SurveyConsent,
    Consent MarketingConsent,
    Instant LastChangedAt,
    Instant? ErasedAt)
{
    public static CustomerState Of(Customer c) => new(
        c.Version,
        c.DomainEvents.Count,
        c.Name?.Value,
        string.Join("|", c.ContactPoints.Select(p => $"{p.GetType().Name}:{p.Channel}:{p.Value}")),
        c.PreferredChannel,
        c.Tier,
        c.Locale,
        c.TimeZoneId,
        c.Region,
        c.OrganizationId,
        c.SurveyConsent,
        c.MarketingConsent,
        c.LastChangedAt,
        c.ErasedAt);
}

/// <summary>
/// A command of the customer with its <c>Can...</c> query, named for test output, and a customer (last
/// changed at <c>At(10)</c>, events dequeued) on which the command changes something.
/// </summary>
public sealed record CustomerVerb(string Name, Func<Customer, Instant, bool> Can, Action<Customer, Instant> Do, Func<Customer>? Subject = null)
{
    private static readonly EmailAddress OtherEmail = EmailAddress.Create("someone.else@example.org");

    /// <summary>Verbs that change personal data or contactability: refused once the customer is erased.</summary>
    public static readonly IReadOnlyList<CustomerVerb> Personal =
    [
        new("Rename", (c, at) => c.CanRename(at), (c, at) => c.Rename(CustomerName.Create("Richard Roe"), at)),
        new("AddContactPoint", (c, at) => c.CanAddContactPoint(OtherEmail, at), (c, at) => c.AddContactPoint(OtherEmail, at)),
        new("RemoveContactPoint", (c, at) => c.CanRemoveContactPoint(CustomerFixture.JanePhone, at), (c, at) => c.RemoveContactPoint(CustomerFixture.JanePhone, at)),
        new("SetPreferredChannel", (c, at) => c.CanSetPreferredChannel(Channel.Phone, at), (c, at) => c.SetPreferredChannel(Channel.Phone, at)),
        new("ClearPreferredChannel", (c, at) => c.CanClearPreferredChannel(at), (c, at) => c.ClearPreferredChannel(at)),
        new("SetLocale", (c, at) => c.CanSetLocale(at), (c, at) => c.SetLocale(Locale.Create("fr-CA"), at)),
        new("SetTimeZone", (c, at) => c.CanSetTimeZone(at), (c, at) => c.SetTimeZone("Asia/Tokyo", at)),
        new("SetTimeZoneWithProvider", (c, at) => c.CanSetTimeZone(at), (c, at) => c.SetTimeZone("Asia/Tokyo", DateTimeZoneProviders.Tzdb, at)),
        new("SetRegion", (c, at) => c.CanSetRegion(at), (c, at) => c.SetRegion(Region.Create("JP"), at)),
        new("GrantSurveyConsent", (c, at) => c.CanChangeConsent(at), (c, at) => c.GrantSurveyConsent(at), () => Withdrawn(c => c.WithdrawSurveyConsent(CustomerFixture.At(10)))),
        new("WithdrawSurveyConsent", (c, at) => c.CanChangeConsent(at), (c, at) => c.WithdrawSurveyConsent(at)),
        new("GrantMarketingConsent", (c, at) => c.CanChangeConsent(at), (c, at) => c.GrantMarketingConsent(at), () => Withdrawn(c => c.WithdrawMarketingConsent(CustomerFixture.At(10)))),
        new("WithdrawMarketingConsent", (c, at) => c.CanChangeConsent(at), (c, at) => c.WithdrawMarketingConsent(at)),
    ];

    /// <summary>Verbs about the account, not the person: allowed after erasure.</summary>
    public static readonly IReadOnlyList<CustomerVerb> Account =
    [
        new("ChangeTier", (c, at) => c.CanChangeTier(at), (c, at) => c.ChangeTier(CustomerTier.Create("enterprise"), at)),
        new("AssignToOrganization", (c, at) => c.CanAssignToOrganization(at), (c, at) => c.AssignToOrganization(OrganizationId.New(), at)),
        new("RemoveFromOrganization", (c, at) => c.CanRemoveFromOrganization(at), (c, at) => c.RemoveFromOrganization(at)),
    ];

    public static readonly IReadOnlyList<CustomerVerb> All =
        [.. Personal, .. Account, new("Erase", (c, at) => c.CanErase(at), (c, at) => c.Erase(at))];

    public static TheoryData<string> PersonalNames => [.. Personal.Select(v => v.Name)];

    public static TheoryData<string> AccountNames => [.. Account.Select(v => v.Name)];

    public static TheoryData<string> AllNames => [.. All.Select(v => v.Name)];

    public static CustomerVerb Named(string name) => All.Single(v => v.Name == name);

    public Customer NewSubject() => Subject?.Invoke() ?? CustomerFixture.FullCustomer();

    public override string ToString() => Name;

    private static Customer Withdrawn(Action<Customer> withdraw)
    {
        var customer = CustomerFixture.FullCustomer();
        withdraw(customer);
        customer.DequeueDomainEvents();
        return customer;
    }
}
