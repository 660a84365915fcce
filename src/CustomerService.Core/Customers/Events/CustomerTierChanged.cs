using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer moved to another tier, and so possibly to another SLA entitlement.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="PreviousTier">The tier before the change.</param>
/// <param name="Tier">The tier after the change.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerTierChanged(CustomerId CustomerId, CustomerTier PreviousTier, CustomerTier Tier, Instant OccurredAt) : ICustomerEvent;
