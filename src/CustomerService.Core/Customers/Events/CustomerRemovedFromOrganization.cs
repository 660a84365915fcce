using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer no longer belongs to an organization.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OrganizationId">The organization the customer belonged to.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerRemovedFromOrganization(CustomerId CustomerId, OrganizationId OrganizationId, Instant OccurredAt) : ICustomerEvent;
