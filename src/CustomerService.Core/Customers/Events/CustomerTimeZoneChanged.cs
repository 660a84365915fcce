using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer's time zone was set or changed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="TimeZoneId">The id of the new time zone, as the time zone provider names it (e.g. <c>Europe/Berlin</c>).</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerTimeZoneChanged(CustomerId CustomerId, string TimeZoneId, Instant OccurredAt) : ICustomerEvent;
