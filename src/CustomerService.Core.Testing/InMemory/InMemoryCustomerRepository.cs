using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// An <see cref="ICustomerRepository"/> in memory, safe to share between threads: it keeps each
/// customer's <see cref="CustomerSnapshot"/> as a database would keep its row, so every load restores a
/// fresh customer and a stale save fails with <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class InMemoryCustomerRepository : ICustomerRepository
{
    private readonly VersionedTable<CustomerId, CustomerSnapshot> _customers = new(nameof(Customer));

    /// <summary>Gets how many customers are stored.</summary>
    public int Count => _customers.Count;

    /// <inheritdoc />
    public Task<Customer?> LoadAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_customers.TryGet(customerId, out var snapshot, out _) ? Customer.Restore(snapshot) : null);
    }

    /// <inheritdoc />
    public Task AddAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        cancellationToken.ThrowIfCancellationRequested();
        _customers.Add(customer.Id, customer.ToSnapshot(), customer.Version);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveAsync(Customer customer, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        Guard.Against.Negative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        _customers.Replace(customer.Id, customer.ToSnapshot(), expectedVersion, customer.Version);
        return Task.CompletedTask;
    }
}
