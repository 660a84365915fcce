using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>A customer was registered, with its tier and, if known, its name.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Tier">The tier the customer starts in.</param>
/// <param name="Name">The customer's name, if known; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerRegistered(CustomerId CustomerId, CustomerTier Tier, CustomerName? Name, Instant OccurredAt) : ICustomerEvent;
