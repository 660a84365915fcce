using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Ports;

/// <summary>
/// Hands domain events to the host's bus, outbox or in-process handlers. Services publish only
/// after the aggregate that raised the events has been saved.
/// </summary>
public interface IDomainEventPublisher
{
    /// <summary>Publishes events, in order.</summary>
    /// <param name="events">The events, oldest first; may be empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the events are handed over.</returns>
    Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default);
}
