using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.Services;

/// <summary>An escalation store that forwards to a real one, for tests to make one call race or lose.</summary>
internal abstract class DelegatingEscalationRepository(IEscalationRepository inner) : IEscalationRepository
{
    public virtual Task<Escalation?> LoadAsync(EscalationId escalationId, CancellationToken cancellationToken = default) => inner.LoadAsync(escalationId, cancellationToken);

    public virtual Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default) => inner.AddAsync(escalation, cancellationToken);

    public virtual Task SaveAsync(Escalation escalation, long expectedVersion, CancellationToken cancellationToken = default) => inner.SaveAsync(escalation, expectedVersion, cancellationToken);

    public virtual Task<IReadOnlyList<Escalation>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default) => inner.ListForTicketAsync(ticketId, cancellationToken);

    public virtual Task<IReadOnlyList<Escalation>> ListWithPendingNotificationsAsync(int limit, CancellationToken cancellationToken = default) =>
        inner.ListWithPendingNotificationsAsync(limit, cancellationToken);
}
