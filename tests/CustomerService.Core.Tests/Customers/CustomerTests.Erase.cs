using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void Erase_RemovesEveryPersonalField_AndKeepsTheNonPersonalFacts()
    {
        var customer = FullCustomer();

        customer.CanErase(At(20)).Should().BeTrue();
        customer.Erase(At(20));

        customer.IsErased.Should().BeTrue();
        customer.ErasedAt.Should().Be(At(20));
        customer.Name.Should().BeNull();
        customer.ContactPoints.Should().BeEmpty();
        customer.PreferredChannel.Should().BeNull();
        customer.Locale.Should().BeNull();
        customer.SurveyConsent.Should().Be(Consent.NotRecorded);
        customer.MarketingConsent.Should().Be(Consent.NotRecorded);

        customer.Tier.Should().Be(Gold);
        customer.OrganizationId.Should().Be(Acme);
        customer.Region.Should().Be(Region.Create("US"));
        customer.TimeZoneId.Should().Be("America/Los_Angeles");
        customer.RegisteredAt.Should().Be(T0);
        customer.LastChangedAt.Should().Be(At(20));
        customer.DomainEvents.Should().Equal(new CustomerErased(customer.Id, At(20)));
        customer.Version.Should().Be(12);
    }

    [Fact]
    public void Erase_LeavesNoPersonalDataAnywhereInTheCustomer()
    {
        var customer = FullCustomer();
        ObjectGraph.Strings(customer).Should().Contain(JaneEmail.Value, "the scan must see the fields it checks");

        customer.Erase(At(20));

        var retained = string.Join("\n", ObjectGraph.Strings(customer));
        foreach (var personal in JanesPersonalData)
        {
            retained.Should().NotContain(personal);
        }
    }

    [Fact]
    public void Erase_OfAnErasedCustomer_DoesNothing_WhateverTheInstant()
    {
        var customer = Erased();
        var before = CustomerState.Of(customer);

        customer.CanErase(At(20)).Should().BeTrue();
        customer.CanErase(At(1)).Should().BeTrue();
        customer.Erase(At(20));
        customer.Erase(At(1));
        customer.Erase(At(30));

        CustomerState.Of(customer).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(CustomerVerb.PersonalNames), MemberType = typeof(CustomerVerb))]
    public void PersonalDataCommands_OnAnErasedCustomer_AreRefused(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = Erased();

        verb.Can(customer, At(30)).Should().BeFalse();
        AssertViolates(CustomerErrors.Erased, customer, () => verb.Do(customer, At(30)));
    }

    [Theory]
    [MemberData(nameof(CustomerVerb.AccountNames), MemberType = typeof(CustomerVerb))]
    public void AccountCommands_OnAnErasedCustomer_StillWork(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = Erased();

        verb.Can(customer, At(30)).Should().BeTrue();
        verb.Do(customer, At(30));

        customer.DomainEvents.Should().ContainSingle();
        customer.IsErased.Should().BeTrue();
    }

    [Fact]
    public void ErasedCustomer_CannotBeContactedOrSurveyed_OnAnyChannel()
    {
        var customer = Erased();
        Channel[] channels = [Channel.Email, Channel.Phone, Channel.Messaging, Channel.SocialMedia, Channel.Chat, Channel.Web, Channel.Api];

        foreach (var channel in channels)
        {
            customer.CanContact(channel).Should().BeFalse();
            customer.CanSurvey(channel).Should().BeFalse();
            customer.Invoking(c => c.EnsureCanContact(channel)).Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.Erased);
            customer.Invoking(c => c.EnsureCanSurvey(channel)).Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.Erased);
        }

        customer.CanSurvey().Should().BeFalse();
        customer.Invoking(c => c.EnsureCanSurvey()).Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be("customer.erased");
    }

    [Fact]
    public void Erase_DoesNotRewriteEventsNotYetDequeued()
    {
        var customer = Customer.Register(CustomerId.New(), Gold, Jane, T0);
        customer.AddContactPoint(JaneEmail, At(1));

        customer.Erase(At(2));

        customer.DomainEvents.Should().HaveCount(3);
        customer.DomainEvents.OfType<ContactPointAdded>().Single().ContactPoint.Should().Be(JaneEmail);
        customer.DomainEvents[^1].Should().Be(new CustomerErased(customer.Id, At(2)));
    }
}
