using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void GrantSurveyConsent_RecordsWhen_AndGrantingAgainKeepsTheFirstInstant()
    {
        var customer = NewCustomer();

        customer.CanChangeConsent(At(1)).Should().BeTrue();
        customer.GrantSurveyConsent(At(1));
        customer.GrantSurveyConsent(At(2));

        customer.SurveyConsent.Should().Be(Consent.GrantedAt(At(1)));
        customer.MarketingConsent.Should().Be(Consent.NotRecorded);
        customer.DomainEvents.Should().EndWith(new SurveyConsentGranted(customer.Id, At(1)));
        customer.Version.Should().Be(2);
    }

    [Fact]
    public void WithdrawSurveyConsent_BeforeEverBeingAsked_RecordsTheRefusal()
    {
        var customer = NewCustomer();

        customer.WithdrawSurveyConsent(At(1));
        customer.WithdrawSurveyConsent(At(2));

        customer.SurveyConsent.Should().Be(Consent.WithdrawnAt(At(1)));
        customer.DomainEvents.Should().EndWith(new SurveyConsentWithdrawn(customer.Id, At(1)));
        customer.Version.Should().Be(2);
    }

    [Fact]
    public void MarketingConsent_IsSeparateFromSurveyConsent()
    {
        var customer = NewCustomer();

        customer.GrantMarketingConsent(At(1));
        customer.GrantMarketingConsent(At(2));
        customer.WithdrawMarketingConsent(At(3));
        customer.WithdrawMarketingConsent(At(4));

        customer.MarketingConsent.Should().Be(Consent.WithdrawnAt(At(3)));
        customer.SurveyConsent.Should().Be(Consent.NotRecorded);
        customer.DomainEvents.Should().EndWith(
        [
            new MarketingConsentGranted(customer.Id, At(1)),
            new MarketingConsentWithdrawn(customer.Id, At(3)),
        ]);
        customer.Version.Should().Be(3);
    }

    [Fact]
    public void CanSurvey_NeedsSurveyConsent_NotMarketingConsent()
    {
        var customer = NewCustomer();
        customer.AddContactPoint(JaneEmail, At(1));
        customer.GrantMarketingConsent(At(2));

        customer.CanSurvey().Should().BeFalse();
        customer.CanSurvey(Channel.Email).Should().BeFalse();
        customer.Invoking(c => c.EnsureCanSurvey()).Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.NoSurveyConsent);

        customer.GrantSurveyConsent(At(3));

        customer.CanSurvey().Should().BeTrue();
        customer.CanSurvey(Channel.Email).Should().BeTrue();
        customer.Invoking(c => c.EnsureCanSurvey()).Should().NotThrow();
        customer.Invoking(c => c.EnsureCanSurvey(Channel.Email)).Should().NotThrow();

        customer.WithdrawSurveyConsent(At(4));

        customer.CanSurvey().Should().BeFalse();
        customer.Invoking(c => c.EnsureCanSurvey(Channel.Email)).Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.NoSurveyConsent);
    }

    [Fact]
    public void CanSurvey_OnAChannel_AlsoNeedsAContactPointThere()
    {
        var customer = NewCustomer();
        customer.GrantSurveyConsent(At(1));

        customer.CanSurvey().Should().BeTrue();
        customer.CanSurvey(Channel.Email).Should().BeFalse();
        customer.Invoking(c => c.EnsureCanSurvey(Channel.Email)).Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.Unreachable);
        customer.Invoking(c => c.CanSurvey(default)).Should().Throw<System.ArgumentException>();
    }
}
