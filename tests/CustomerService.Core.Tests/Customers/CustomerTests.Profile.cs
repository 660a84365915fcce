using System;
using CustomerService.Core.Customers;
using CustomerService.Core.Customers.Events;
using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    [Fact]
    public void Rename_SetsTheName()
    {
        var customer = NewCustomer();

        customer.CanRename(At(1)).Should().BeTrue();
        customer.Rename(Jane, At(1));

        customer.Name.Should().Be(Jane);
        customer.LastChangedAt.Should().Be(At(1));
        customer.DomainEvents.Should().EndWith(new CustomerRenamed(customer.Id, Jane, At(1)));
        customer.Version.Should().Be(2);
    }

    [Fact]
    public void Rename_ToTheSameName_RecordsNothing()
    {
        var customer = FullCustomer();
        var before = CustomerState.Of(customer);

        customer.Rename(CustomerName.Create(" Jane Doe "), At(11));

        CustomerState.Of(customer).Should().Be(before);
    }

    [Fact]
    public void Rename_ToNull_IsAProgrammerError()
    {
        var customer = FullCustomer();

        var act = () => customer.Rename(null!, At(11));

        act.Should().Throw<ArgumentNullException>();
        customer.Name.Should().Be(Jane);
    }

    [Fact]
    public void SetLocale_SetsIt_AndTheSameLocaleRecordsNothing()
    {
        var customer = NewCustomer();

        customer.SetLocale(Locale.Create("pt-BR"), At(1));
        var afterFirst = CustomerState.Of(customer);
        customer.SetLocale(Locale.Create("PT-br"), At(2));

        customer.Locale.Should().Be(Locale.Create("pt-BR"));
        customer.DomainEvents.Should().EndWith(new CustomerLocaleChanged(customer.Id, Locale.Create("pt-BR"), At(1)));
        CustomerState.Of(customer).Should().Be(afterFirst);
        var act = () => customer.SetLocale(default, At(3));
        act.Should().Throw<ArgumentException>().WithParameterName("locale");
    }

    [Fact]
    public void SetRegion_SetsIt_AndTheSameRegionRecordsNothing()
    {
        var customer = NewCustomer();

        customer.SetRegion(Region.Create("de"), At(1));
        var afterFirst = CustomerState.Of(customer);
        customer.SetRegion(Region.Create("DE"), At(2));

        customer.Region.Should().Be(Region.Create("DE"));
        customer.DomainEvents.Should().EndWith(new CustomerRegionChanged(customer.Id, Region.Create("DE"), At(1)));
        CustomerState.Of(customer).Should().Be(afterFirst);
        var act = () => customer.SetRegion(default, At(3));
        act.Should().Throw<ArgumentException>().WithParameterName("region");
    }

    [Fact]
    public void SetTimeZone_WithATzdbId_SetsIt()
    {
        var customer = NewCustomer();

        customer.SetTimeZone("Europe/Berlin", At(1));
        var afterFirst = CustomerState.Of(customer);
        customer.SetTimeZone("Europe/Berlin", At(2));

        customer.TimeZoneId.Should().Be("Europe/Berlin");
        customer.DomainEvents.Should().EndWith(new CustomerTimeZoneChanged(customer.Id, "Europe/Berlin", At(1)));
        CustomerState.Of(customer).Should().Be(afterFirst);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("europe/berlin")]
    [InlineData("")]
    [InlineData("W. Europe Standard Time")]
    public void SetTimeZone_WithAnUnknownId_IsAProgrammerError_AndChangesNothing(string id)
    {
        var customer = FullCustomer();
        var before = CustomerState.Of(customer);

        var act = () => customer.SetTimeZone(id, At(11));

        act.Should().Throw<ArgumentException>().WithParameterName("timeZoneId").Which.Message.Should().Contain(CustomerErrors.UnknownTimeZone.Code);
        CustomerState.Of(customer).Should().Be(before);
        var nullId = () => customer.SetTimeZone(null!, At(11));
        nullId.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void SetTimeZone_WithAnotherProvider_ChecksTheIdThere()
    {
        var zone = new SingleTransitionDateTimeZone(T0, Offset.Zero, Offset.FromHours(1), "Test/Only_Here");
        var provider = new DateTimeZoneCache(new FakeDateTimeZoneSource.Builder { zone }.Build());
        var customer = NewCustomer();
        var unknownToTzdb = () => customer.SetTimeZone("Test/Only_Here", At(1));
        unknownToTzdb.Should().Throw<ArgumentException>();

        customer.SetTimeZone("Test/Only_Here", provider, At(1));

        customer.TimeZoneId.Should().Be("Test/Only_Here");
        var unknownThere = () => customer.SetTimeZone("Europe/Berlin", provider, At(2));
        unknownThere.Should().Throw<ArgumentException>();
        var noProvider = () => customer.SetTimeZone("Europe/Berlin", null!, At(2));
        noProvider.Should().Throw<ArgumentNullException>().WithParameterName("timeZones");
    }

    [Theory]
    [InlineData("US/Pacific")]
    [InlineData("UTC")]
    [InlineData("UTC+05:30")]
    public void SetTimeZone_WithAnAliasOrFixedOffset_StoresTheIdOfTheZoneTheProviderReturns(string id)
    {
        var customer = NewCustomer();
        var zone = DateTimeZoneProviders.Tzdb[id];

        customer.SetTimeZone(id, At(1));

        customer.TimeZoneId.Should().Be(zone.Id);
        DateTimeZoneProviders.Tzdb[customer.TimeZoneId!].Should().Be(zone);
    }
}
