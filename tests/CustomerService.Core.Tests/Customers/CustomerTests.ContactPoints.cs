using System;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void AddContactPoint_KeepsThemInOrder()
    {
        var customer = NewCustomer();

        customer.CanAddContactPoint(JaneEmail, At(1)).Should().BeTrue();
        customer.AddContactPoint(JaneEmail, At(1));
        customer.AddContactPoint(JanePhone, At(2));
        customer.AddContactPoint(JaneHandle, At(3));

        customer.ContactPoints.Should().Equal(JaneEmail, JanePhone, JaneHandle);
        customer.DomainEvents.Skip(1).Should().Equal(
            new ContactPointAdded(customer.Id, JaneEmail, At(1)),
            new ContactPointAdded(customer.Id, JanePhone, At(2)),
            new ContactPointAdded(customer.Id, JaneHandle, At(3)));
        customer.Version.Should().Be(4);
    }

    [Fact]
    public void AddContactPoint_ThatTheCustomerHas_IsADuplicate_EvenWrittenDifferently()
    {
        var customer = FullCustomer();

        foreach (ContactPoint same in new ContactPoint[]
        {
            EmailAddress.Create("jane.doe@EXAMPLE.com"),
            PhoneNumber.Create("+1 415-555-0123"),
            SocialHandle.Create(Channel.SocialMedia, " @janedoe"),
        })
        {
            customer.CanAddContactPoint(same, At(11)).Should().BeFalse();
            AssertViolates(CustomerErrors.DuplicateContactPoint, customer, () => customer.AddContactPoint(same, At(11)));
        }
    }

    [Fact]
    public void AddContactPoint_SameHandleOnAnotherNetwork_IsNotADuplicate()
    {
        var customer = FullCustomer();
        var elsewhere = SocialHandle.Create(Channel.Chat, "@janedoe");

        customer.AddContactPoint(elsewhere, At(11));

        customer.ContactPoints.Should().HaveCount(4).And.Contain(elsewhere);
    }

    [Fact]
    public void AddOrRemoveContactPoint_Null_IsAProgrammerError()
    {
        var customer = FullCustomer();

        var add = () => customer.AddContactPoint(null!, At(11));
        var remove = () => customer.RemoveContactPoint(null!, At(11));
        var can = () => customer.CanAddContactPoint(null!, At(11));

        add.Should().Throw<ArgumentNullException>();
        remove.Should().Throw<ArgumentNullException>();
        can.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void RemoveContactPoint_RemovesItByValue()
    {
        var customer = FullCustomer();

        customer.CanRemoveContactPoint(PhoneNumber.Create("+14155550123"), At(11)).Should().BeTrue();
        customer.RemoveContactPoint(PhoneNumber.Create("+14155550123"), At(11));

        customer.ContactPoints.Should().Equal(JaneEmail, JaneHandle);
        customer.PreferredChannel.Should().Be(Channel.Email);
        customer.DomainEvents.Should().Equal(new ContactPointRemoved(customer.Id, JanePhone, At(11)));
    }

    [Fact]
    public void RemoveContactPoint_ThatTheCustomerDoesNotHave_IsRefused()
    {
        var customer = FullCustomer();
        var unknown = EmailAddress.Create("jane@example.net");

        customer.CanRemoveContactPoint(unknown, At(11)).Should().BeFalse();
        AssertViolates(CustomerErrors.UnknownContactPoint, customer, () => customer.RemoveContactPoint(unknown, At(11)));
    }

    [Fact]
    public void RemoveContactPoint_ThatWasTheLastToReachThePreferredChannel_ClearsThePreference()
    {
        var customer = FullCustomer();

        customer.RemoveContactPoint(JaneEmail, At(11));

        customer.PreferredChannel.Should().BeNull();
        customer.DomainEvents.Should().Equal(
            new ContactPointRemoved(customer.Id, JaneEmail, At(11)),
            new PreferredChannelCleared(customer.Id, At(11)));
        customer.Version.Should().Be(13);
    }

    [Fact]
    public void RemoveContactPoint_WhenAnotherStillReachesThePreferredChannel_KeepsThePreference()
    {
        var customer = FullCustomer();
        var work = EmailAddress.Create("jane@work.example");
        customer.AddContactPoint(work, At(11));

        customer.RemoveContactPoint(JaneEmail, At(12));

        customer.PreferredChannel.Should().Be(Channel.Email);
        customer.DomainEvents.OfType<PreferredChannelCleared>().Should().BeEmpty();
    }

    [Fact]
    public void SetPreferredChannel_ToAReachableChannel_SetsIt()
    {
        var customer = FullCustomer();

        customer.CanSetPreferredChannel(Channel.Messaging, At(11)).Should().BeTrue();
        customer.SetPreferredChannel(Channel.Messaging, At(11));
        var afterFirst = CustomerState.Of(customer);
        customer.SetPreferredChannel(Channel.Messaging, At(12));

        customer.PreferredChannel.Should().Be(Channel.Messaging);
        customer.DomainEvents.Should().Equal(new PreferredChannelSet(customer.Id, Channel.Messaging, At(11)));
        CustomerState.Of(customer).Should().Be(afterFirst);
    }

    [Fact]
    public void SetPreferredChannel_ThatNoContactPointReaches_IsRefused()
    {
        var customer = FullCustomer();

        foreach (var channel in new[] { Channel.Chat, Channel.Web, Channel.Custom("whatsapp") })
        {
            customer.CanSetPreferredChannel(channel, At(11)).Should().BeFalse();
            AssertViolates(CustomerErrors.Unreachable, customer, () => customer.SetPreferredChannel(channel, At(11)));
        }

        var noChannel = () => customer.SetPreferredChannel(default, At(11));
        noChannel.Should().Throw<ArgumentException>().WithParameterName("channel");
    }

    [Fact]
    public void ClearPreferredChannel_ForgetsIt_OnceOnly()
    {
        var customer = FullCustomer();

        customer.CanClearPreferredChannel(At(11)).Should().BeTrue();
        customer.ClearPreferredChannel(At(11));
        customer.ClearPreferredChannel(At(12));

        customer.PreferredChannel.Should().BeNull();
        customer.DomainEvents.Should().Equal(new PreferredChannelCleared(customer.Id, At(11)));
    }

    [Fact]
    public void CanContact_NeedsAContactPointThatReachesTheChannel()
    {
        var customer = NewCustomer();
        customer.CanContact(Channel.Email).Should().BeFalse();

        customer.AddContactPoint(JanePhone, At(1));

        customer.CanContact(Channel.Phone).Should().BeTrue();
        customer.CanContact(Channel.Messaging).Should().BeTrue();
        customer.CanContact(Channel.Email).Should().BeFalse();
        customer.Invoking(c => c.EnsureCanContact(Channel.Phone)).Should().NotThrow();
        customer.Invoking(c => c.EnsureCanContact(Channel.Email))
            .Should().Throw<DomainRuleViolationException>().Which.Error.Should().Be(CustomerErrors.Unreachable);
        customer.Invoking(c => c.CanContact(default)).Should().Throw<ArgumentException>();
    }
}
