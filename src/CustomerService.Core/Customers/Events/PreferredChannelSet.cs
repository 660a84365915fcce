using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The channel the customer prefers to be contacted on was set or changed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Channel">The channel; the customer has a contact point that reaches it.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record PreferredChannelSet(CustomerId CustomerId, Channel Channel, Instant OccurredAt) : ICustomerEvent;
