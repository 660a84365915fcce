using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.InMemory;

public sealed class InMemoryCustomerRepositoryTests
{
    private static readonly Instant Registered = Instant.FromUtc(2025, 3, 7, 21, 0);

    private readonly InMemoryCustomerRepository _repository = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_RestoresAFreshCustomer_EqualInEveryField_WithNoPendingEvents()
    {
        var customer = Customer.Register(CustomerId.New(), CustomerTier.Create("gold"), CustomerName.Create("Ada Lovelace"), Registered);
        customer.AddContactPoint(EmailAddress.Create("ada@example.com"), Registered);
        customer.SetPreferredChannel(Channel.Email, Registered);
        await _repository.AddAsync(customer, Ct);

        var loaded = (await _repository.LoadAsync(customer.Id, Ct))!;

        loaded.Should().NotBeSameAs(customer);
        loaded.ToSnapshot().Should().Be(customer.ToSnapshot());
        loaded.Version.Should().Be(3);
        loaded.DomainEvents.Should().BeEmpty();
        (await _repository.LoadAsync(CustomerId.New(), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_OfAnErasure_KeepsTheCustomerErasedOnEveryLoad()
    {
        var customer = Customer.Register(CustomerId.New(), CustomerTier.Standard, CustomerName.Create("Ada Lovelace"), Registered);
        await _repository.AddAsync(customer, Ct);
        var loaded = (await _repository.LoadAsync(customer.Id, Ct))!;
        loaded.Erase(Registered + Duration.FromDays(1));

        await _repository.SaveAsync(loaded, expectedVersion: 1, Ct);

        var stored = (await _repository.LoadAsync(customer.Id, Ct))!;
        stored.IsErased.Should().BeTrue();
        stored.Name.Should().BeNull();
        stored.Version.Should().Be(2);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsTheStoredCustomer()
    {
        var customer = Customer.Register(CustomerId.New(), CustomerTier.Standard, Registered);
        await _repository.AddAsync(customer, Ct);
        var first = (await _repository.LoadAsync(customer.Id, Ct))!;
        var second = (await _repository.LoadAsync(customer.Id, Ct))!;
        first.ChangeTier(CustomerTier.Create("gold"), Registered);
        await _repository.SaveAsync(first, expectedVersion: 1, Ct);

        second.ChangeTier(CustomerTier.Create("silver"), Registered);
        var save = () => _repository.SaveAsync(second, expectedVersion: 1, Ct);

        var conflict = (await save.Should().ThrowAsync<ConcurrencyConflictException>()).Which;
        conflict.Message.Should().Be($"Customer {customer.Id} was not written: expected version 1, found version 2.");
        (await _repository.LoadAsync(customer.Id, Ct))!.Tier.Should().Be(CustomerTier.Create("gold"));
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_ThrowsConflict()
    {
        var customer = Customer.Register(CustomerId.New(), CustomerTier.Standard, Registered);
        await _repository.AddAsync(customer, Ct);

        var add = () => _repository.AddAsync(customer, Ct);

        await add.Should().ThrowAsync<ConcurrencyConflictException>();
        _repository.Count.Should().Be(1);
    }
}
