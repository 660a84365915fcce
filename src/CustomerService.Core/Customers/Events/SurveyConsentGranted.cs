using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer agreed to receive satisfaction surveys.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record SurveyConsentGranted(CustomerId CustomerId, Instant OccurredAt) : ICustomerEvent;
