using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Services;

/// <summary>A ticket store that forwards to a real one, for tests to make one call misbehave or race.</summary>
internal abstract class DelegatingTicketRepository(ITicketRepository inner) : ITicketRepository
{
    public virtual Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default) => inner.LoadAsync(ticketId, cancellationToken);

    public virtual Task AddAsync(Ticket ticket, CancellationToken cancellationToken = default) => inner.AddAsync(ticket, cancellationToken);

    public virtual Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default) => inner.SaveAsync(ticket, expectedVersion, cancellationToken);

    public virtual Task<IReadOnlyList<Ticket>> ListForCustomerAsync(CustomerId customerId, CancellationToken cancellationToken = default) => inner.ListForCustomerAsync(customerId, cancellationToken);

    public virtual Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default) => inner.ListDueForSlaCheckAsync(dueBy, limit, cancellationToken);

    public virtual Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default) =>
        inner.SetNextSlaCheckAsync(ticketId, ticketVersion, nextCheckAt, cancellationToken);
}
