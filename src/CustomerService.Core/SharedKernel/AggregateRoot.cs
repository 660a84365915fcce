using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// The root of a consistency boundary. It records the domain events its commands raise and carries a
/// <see cref="Version"/> that a repository uses for optimistic concurrency.
/// </summary>
/// <typeparam name="TId">The strongly-typed identifier.</typeparam>
/// <remarks>
/// A command either succeeds completely (its events are recorded and <see cref="Version"/> goes up
/// by one per event) or throws and leaves the aggregate unchanged. Aggregates are not thread-safe: one
/// command at a time, as with any unit of work.
/// </remarks>
public abstract class AggregateRoot<TId> : Entity<TId>
    where TId : struct, IEquatable<TId>
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Creates an aggregate root with its identity and version 0.</summary>
    /// <param name="id">The identity.</param>
    protected AggregateRoot(TId id)
        : base(id)
    {
    }

    /// <summary>
    /// Gets the number of events the aggregate has recorded over its life: 0 before its first
    /// change, and higher after every accepted command. A repository saves only when the stored
    /// version is the one the aggregate was loaded with.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>Gets the events raised since they were last dequeued, oldest first.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>
    /// Returns the events raised since the last call, oldest first, and forgets them: the host
    /// publishes what this returns after it has saved the aggregate.
    /// </summary>
    /// <returns>The pending events; empty if there are none.</returns>
    public IReadOnlyList<IDomainEvent> DequeueDomainEvents()
    {
        if (_domainEvents.Count == 0)
        {
            return [];
        }

        IDomainEvent[] pending = [.. _domainEvents];
        _domainEvents.Clear();
        return pending;
    }

    /// <summary>Records an event of an accepted change and increments <see cref="Version"/>.</summary>
    /// <param name="domainEvent">The event; raise it only after every rule has been checked.</param>
    protected void Raise(IDomainEvent domainEvent)
    {
        Guard.Against.Null(domainEvent);
        _domainEvents.Add(domainEvent);
        Version++;
    }

    /// <summary>
    /// Sets <see cref="Version"/> when an aggregate is rebuilt from storage, without raising events.
    /// </summary>
    /// <param name="version">The stored version; not negative.</param>
    protected void RestoreVersion(long version)
    {
        Version = Guard.Against.Negative(version);
    }
}
