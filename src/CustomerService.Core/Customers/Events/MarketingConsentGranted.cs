using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer agreed to receive marketing.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record MarketingConsentGranted(CustomerId CustomerId, Instant OccurredAt) : ICustomerEvent;
