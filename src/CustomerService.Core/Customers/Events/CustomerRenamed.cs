using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>A customer's name was set or changed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Name">The new name; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerRenamed(CustomerId CustomerId, CustomerName Name, Instant OccurredAt) : ICustomerEvent;
