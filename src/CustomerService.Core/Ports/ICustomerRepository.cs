using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Ports;

/// <summary>
/// Where the host keeps customers, with optimistic concurrency on
/// <see cref="SharedKernel.AggregateRoot{TId}.Version"/>.
/// </summary>
/// <remarks>
/// A customer is stored as its <see cref="CustomerSnapshot"/> (<see cref="Customer.ToSnapshot"/>) and
/// rebuilt with <see cref="Customer.Restore"/>; the loaded customer's <c>Version</c> is the stored one.
/// An erased customer's snapshot holds no personal data, so erasure survives every load, whatever the
/// host does with the events it published before.
/// </remarks>
public interface ICustomerRepository
{
    /// <summary>Loads a customer.</summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer with its stored version, or <see langword="null"/> when there is none.</returns>
    Task<Customer?> LoadAsync(CustomerId customerId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the customer is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">A customer with that id is stored already; nothing was written.</exception>
    Task AddAsync(Customer customer, CancellationToken cancellationToken = default);

    /// <summary>Stores a changed customer if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="customer">The customer, changed since it was loaded.</param>
    /// <param name="expectedVersion">The version the customer had when it was loaded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the customer is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is another, or there is no such customer; nothing was written.</exception>
    Task SaveAsync(Customer customer, long expectedVersion, CancellationToken cancellationToken = default);
}
