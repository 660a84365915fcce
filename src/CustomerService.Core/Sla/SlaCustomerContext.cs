using Ardalis.GuardClauses;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Sla;

/// <summary>
/// What the engine needs to know about a ticket's customer: the tier policy conditions test, and the calendar of the
/// customer's entitlement (third in the calendar chain, after the target's and the group's).
/// </summary>
public sealed record SlaCustomerContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="tier">The customer's tier.</param>
    /// <param name="calendarId">The calendar of the customer's entitlement, if any.</param>
    public SlaCustomerContext(CustomerTier tier, string? calendarId = null)
    {
        Tier = Guard.Against.Default(tier);
        if (calendarId is not null)
        {
            Guard.Against.NullOrWhiteSpace(calendarId);
        }

        CalendarId = calendarId;
    }

    /// <summary>Gets a context for a customer of the standard tier, with no calendar of their own.</summary>
    public static SlaCustomerContext Standard { get; } = new(CustomerTier.Standard);

    /// <summary>Gets the customer's tier.</summary>
    public CustomerTier Tier { get; }

    /// <summary>Gets the calendar of the customer's entitlement; <see langword="null"/> if none.</summary>
    public string? CalendarId { get; }
}
