using System;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using NodaTime;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void Register_WithoutName_StartsWithTierOnly()
    {
        var id = CustomerId.New();

        var customer = Customer.Register(id, Gold, T0);

        customer.Id.Should().Be(id);
        customer.Tier.Should().Be(Gold);
        customer.Name.Should().BeNull();
        customer.ContactPoints.Should().BeEmpty();
        customer.PreferredChannel.Should().BeNull();
        customer.Locale.Should().BeNull();
        customer.TimeZoneId.Should().BeNull();
        customer.Region.Should().BeNull();
        customer.OrganizationId.Should().BeNull();
        customer.SurveyConsent.Should().Be(Consent.NotRecorded);
        customer.MarketingConsent.Should().Be(Consent.NotRecorded);
        customer.RegisteredAt.Should().Be(T0);
        customer.LastChangedAt.Should().Be(T0);
        customer.IsErased.Should().BeFalse();
        customer.ErasedAt.Should().BeNull();
        customer.Version.Should().Be(1);
        customer.DomainEvents.Should().Equal(new CustomerRegistered(id, Gold, null, T0));
    }

    [Fact]
    public void Register_WithName_RecordsIt()
    {
        var id = CustomerId.New();

        var customer = Customer.Register(id, CustomerTier.Standard, Jane, T0);

        customer.Name.Should().Be(Jane);
        customer.DomainEvents.Should().Equal(new CustomerRegistered(id, CustomerTier.Standard, Jane, T0));
    }

    [Fact]
    public void Register_WithMissingArguments_IsAProgrammerError()
    {
        var noId = () => Customer.Register(default, Gold, T0);
        var noTier = () => Customer.Register(CustomerId.New(), default, T0);
        var noName = () => Customer.Register(CustomerId.New(), Gold, null!, T0);
        var endOfTime = () => Customer.Register(CustomerId.New(), Gold, Instant.MaxValue);

        noId.Should().Throw<ArgumentException>();
        noTier.Should().Throw<ArgumentException>().WithParameterName("tier");
        noName.Should().Throw<ArgumentNullException>().WithParameterName("name");
        endOfTime.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
    }

    [Fact]
    public void ContactPoints_IsAReadOnlyView()
    {
        var customer = FullCustomer();

        customer.ContactPoints.Should().NotBeAssignableTo<System.Collections.Generic.List<ContactPoint>>();
        var add = () => ((System.Collections.Generic.IList<ContactPoint>)customer.ContactPoints).Add(JaneEmail);
        add.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void ToString_ShowsIdAndTier_OrErased()
    {
        var id = new CustomerId(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        var customer = FullCustomer(id);

        customer.ToString().Should().Be("Customer 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (gold)");
        customer.Erase(At(20));
        customer.ToString().Should().Be("Customer 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (erased)");
    }
}
