using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer's locale was set or changed.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Locale">The new locale.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerLocaleChanged(CustomerId CustomerId, Locale Locale, Instant OccurredAt) : ICustomerEvent;
