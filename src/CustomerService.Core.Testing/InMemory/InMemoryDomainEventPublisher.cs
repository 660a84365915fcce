using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>An <see cref="IDomainEventPublisher"/> that keeps what it is given, in order, for a test to read.</summary>
public sealed class InMemoryDomainEventPublisher : IDomainEventPublisher
{
    private readonly List<IDomainEvent> _published = [];
    private readonly Lock _gate = new();

    /// <summary>Gets a copy of every event published so far, in order.</summary>
    public IReadOnlyList<IDomainEvent> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _published.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
