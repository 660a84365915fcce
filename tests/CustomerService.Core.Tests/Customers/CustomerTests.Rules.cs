using System.Linq;
using CustomerService.Core.Customers;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Theory]
    [MemberData(nameof(CustomerVerb.AllNames), MemberType = typeof(CustomerVerb))]
    public void AnyCommand_BeforeTheLastChange_IsRefusedAndChangesNothing(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = FullCustomer();
        var tooEarly = customer.LastChangedAt - NodaTime.Duration.FromTicks(1);

        verb.Can(customer, tooEarly).Should().BeFalse();
        AssertViolates(CustomerErrors.InstantBeforeLastEvent, customer, () => verb.Do(customer, tooEarly));
    }

    [Theory]
    [MemberData(nameof(CustomerVerb.AllNames), MemberType = typeof(CustomerVerb))]
    public void AnyCommand_AtTheInstantOfTheLastChange_IsAccepted(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = verb.NewSubject();

        verb.Can(customer, customer.LastChangedAt).Should().BeTrue();
        verb.Do(customer, customer.LastChangedAt);

        customer.DomainEvents.Should().NotBeEmpty().And.OnlyContain(e => e.OccurredAt == At(10));
    }

    [Theory]
    [MemberData(nameof(CustomerVerb.AllNames), MemberType = typeof(CustomerVerb))]
    public void AnyCommand_AtTheBeginningOrEndOfTime_IsAProgrammerError(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = FullCustomer();
        var before = CustomerState.Of(customer);

        foreach (var at in new[] { NodaTime.Instant.MinValue, NodaTime.Instant.MaxValue })
        {
            customer.Invoking(c => verb.Do(c, at)).Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("at");
            customer.Invoking(c => verb.Can(c, at)).Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("at");
        }

        CustomerState.Of(customer).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(CustomerVerb.AllNames), MemberType = typeof(CustomerVerb))]
    public void AnyCommandThatChangesSomething_AdvancesLastChangedAt_AndVersionByItsEvents(string verbName)
    {
        var verb = CustomerVerb.Named(verbName);
        var customer = verb.NewSubject();
        var version = customer.Version;

        verb.Do(customer, At(15));

        customer.LastChangedAt.Should().Be(At(15));
        customer.Version.Should().Be(version + customer.DomainEvents.Count);
        customer.DomainEvents.Should().OnlyContain(e => e.OccurredAt == At(15)
            && ((CustomerService.Core.Customers.Events.ICustomerEvent)e).CustomerId == customer.Id);
    }

    [Fact]
    public void EveryCommand_IsCoveredByTheTables()
    {
        var commands = typeof(Customer).GetMethods()
            .Where(m => m.DeclaringType == typeof(Customer) && !m.IsStatic && m.ReturnType == typeof(void) && !m.Name.StartsWith("Ensure", System.StringComparison.Ordinal))
            .Select(m => m.Name)
            .Distinct();

        commands.Should().BeEquivalentTo(CustomerVerb.All.Select(v => v.Name.Replace("WithProvider", "", System.StringComparison.Ordinal)).Distinct());
    }
}
