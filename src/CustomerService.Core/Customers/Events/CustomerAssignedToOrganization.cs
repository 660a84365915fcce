using NodaTime;

namespace CustomerService.Core.Customers.Events;

/// <summary>The customer was assigned to an organization (or moved from another one).</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="OccurredAt">The instant it happened.</param>
public sealed record CustomerAssignedToOrganization(CustomerId CustomerId, OrganizationId OrganizationId, Instant OccurredAt) : ICustomerEvent;
