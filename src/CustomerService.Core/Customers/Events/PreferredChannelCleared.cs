using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer no longer has a preferred channel: it was cleared, or the last contact point that reached it was removed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record PreferredChannelCleared(CustomerId CustomerId, Instant OccurredAt) : ICustomerEvent;
