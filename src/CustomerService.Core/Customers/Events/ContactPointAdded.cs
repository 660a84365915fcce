using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>A way to reach the customer was added.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ContactPoint">The contact point; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record ContactPointAdded(CustomerId CustomerId, ContactPoint ContactPoint, Instant OccurredAt) : ICustomerEvent;
