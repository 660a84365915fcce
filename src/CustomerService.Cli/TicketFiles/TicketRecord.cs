using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Cli.TicketFiles;

/// <summary>One line of a ticket file: the rebuilt ticket and what the file says about its customer.</summary>
/// <param name="Ticket">The ticket, rebuilt from its history.</param>
/// <param name="Tier">The customer's tier; <see langword="null"/> when the line gives none.</param>
/// <param name="CalendarId">The calendar of the customer's entitlement; <see langword="null"/> when the line gives none.</param>
internal sealed record TicketRecord(Ticket Ticket, CustomerTier? Tier, string? CalendarId)
{
    /// <summary>Gets what the SLA engine needs about the customer: the tier (standard when not given) and calendar.</summary>
    public SlaCustomerContext Customer =>
        Tier is null && CalendarId is null ? SlaCustomerContext.Standard : new SlaCustomerContext(Tier ?? CustomerTier.Standard, CalendarId);
}
