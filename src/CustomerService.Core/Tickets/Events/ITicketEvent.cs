using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A fact in a ticket's history. A ticket's <c>History</c> is the ordered list of these since it was
/// opened; the SLA engine and the KPIs read it, and <c>Ticket.Rehydrate</c> rebuilds a ticket from it.
/// </summary>
/// <remarks>
/// Each event carries what a reader needs without replaying a state machine of its own: a status
/// change carries both the status left and the status entered, an assignment change both the old and
/// the new agent and group, a tag change the whole set before and after. The events of one ticket are
/// in the order they happened; equal instants keep the order in which they were recorded.
/// </remarks>
public interface ITicketEvent : IDomainEvent
{
    /// <summary>Gets the ticket the fact belongs to.</summary>
    TicketId TicketId { get; }
}
