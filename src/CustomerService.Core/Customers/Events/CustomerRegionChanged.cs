using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer's region was set or changed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Region">The new region.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerRegionChanged(CustomerId CustomerId, Region Region, Instant OccurredAt) : ICustomerEvent;
