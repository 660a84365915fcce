using System;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void ChangeTier_RecordsThePreviousTierToo()
    {
        var customer = FullCustomer();
        var enterprise = CustomerTier.Create("enterprise");

        customer.CanChangeTier(At(11)).Should().BeTrue();
        customer.ChangeTier(enterprise, At(11));
        var afterFirst = CustomerState.Of(customer);
        customer.ChangeTier(enterprise, At(12));

        customer.Tier.Should().Be(enterprise);
        customer.DomainEvents.Should().Equal(new CustomerTierChanged(customer.Id, Gold, enterprise, At(11)));
        CustomerState.Of(customer).Should().Be(afterFirst);
        customer.Invoking(c => c.ChangeTier(default, At(13))).Should().Throw<ArgumentException>().WithParameterName("tier");
    }

    [Fact]
    public void AssignToOrganization_AssignsOrMoves()
    {
        var customer = NewCustomer();
        var other = OrganizationId.New();

        customer.CanAssignToOrganization(At(1)).Should().BeTrue();
        customer.AssignToOrganization(Acme, At(1));
        customer.AssignToOrganization(Acme, At(2));
        customer.AssignToOrganization(other, At(3));

        customer.OrganizationId.Should().Be(other);
        customer.DomainEvents.Should().EndWith(
        [
            new CustomerAssignedToOrganization(customer.Id, Acme, At(1)),
            new CustomerAssignedToOrganization(customer.Id, other, At(3)),
        ]);
        customer.Version.Should().Be(3);
        customer.Invoking(c => c.AssignToOrganization(default, At(4))).Should().Throw<ArgumentException>().WithParameterName("organizationId");
    }

    [Fact]
    public void RemoveFromOrganization_RemovesIt_OnceOnly()
    {
        var customer = FullCustomer();

        customer.CanRemoveFromOrganization(At(11)).Should().BeTrue();
        customer.RemoveFromOrganization(At(11));
        customer.RemoveFromOrganization(At(12));

        customer.OrganizationId.Should().BeNull();
        customer.DomainEvents.Should().Equal(new CustomerRemovedFromOrganization(customer.Id, Acme, At(11)));
    }
}
