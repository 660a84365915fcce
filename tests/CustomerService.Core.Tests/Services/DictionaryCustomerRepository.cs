using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Tests.Services;

/// <summary>Customers in a dictionary, counting loads: enough for the monitor, which only reads a customer's tier.</summary>
internal sealed class DictionaryCustomerRepository(params Customer[] customers) : ICustomerRepository
{
    private readonly Dictionary<CustomerId, Customer> _customers = new(System.Linq.Enumerable.ToDictionary(customers, c => c.Id));

    public int Loads { get; private set; }

    public Task<Customer?> LoadAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        Loads++;
        return Task.FromResult(_customers.GetValueOrDefault(customerId));
    }

    public Task AddAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        _customers.Add(customer.Id, customer);
        return Task.CompletedTask;
    }

    public Task SaveAsync(Customer customer, long expectedVersion, CancellationToken cancellationToken = default)
    {
        _customers[customer.Id] = customer;
        return Task.CompletedTask;
    }
}
