using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer refused or withdrew consent to satisfaction surveys.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record SurveyConsentWithdrawn(CustomerId CustomerId, Instant OccurredAt) : ICustomerEvent;
