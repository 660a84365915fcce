using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers.Events;

/// <summary>
/// A fact about one customer. Events carry personal data only inside the value types that redact it in
/// <c>ToString()</c> (<see cref="CustomerName"/>, <see cref="ContactPoint"/>), so logging an event never
/// logs personal data; serialising one does, and a published event is the host's to purge when the
/// customer is erased.
/// </summary>
public interface ICustomerEvent : IDomainEvent
{
    /// <summary>Gets the customer the fact is about.</summary>
    CustomerId CustomerId { get; }
}
