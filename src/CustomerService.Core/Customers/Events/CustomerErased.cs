using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer's personal data was erased for a data-protection request. The event carries no personal data; events published before it may, and are the host's to purge.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerErased(CustomerId CustomerId, Instant OccurredAt) : ICustomerEvent;
