using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// An <see cref="ITicketRepository"/> in memory, safe to share between threads: it keeps each
/// ticket's history and version as a database would, so every load rebuilds a fresh ticket and a
/// stale save fails with <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class InMemoryTicketRepository : ITicketRepository
{
    private readonly VersionedTable<TicketId, Row> _tickets = new(nameof(Ticket));

    /// <summary>Gets how many tickets are stored.</summary>
    public int Count => _tickets.Count;

    /// <inheritdoc />
    public Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_tickets.TryGet(ticketId, out var row, out _) ? row.Load() : null);
    }

    /// <inheritdoc />
    public Task AddAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ticket);
        cancellationToken.ThrowIfCancellationRequested();
        _tickets.Add(ticket.Id, Row.Of(ticket), ticket.Version);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ticket);
        Guard.Against.Negative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        _tickets.Replace(ticket.Id, Row.Of(ticket), expectedVersion, ticket.Version);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Ticket>> ListForCustomerAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Ticket> tickets = [.. _tickets.Select(r => r.CustomerId == customerId)
            .OrderBy(r => r.OpenedAt)
            .Select(r => r.Load())];
        return Task.FromResult(tickets);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default)
    {
        Guard.Against.NegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Ticket> due = [.. _tickets.Select(r => r.IsDueBy(dueBy))
            .OrderBy(r => r.Checked)
            .ThenBy(r => r.NextCheckAt ?? Instant.MinValue)
            .ThenBy(r => r.OpenedAt)
            .Take(limit)
            .Select(r => r.Load())];
        return Task.FromResult(due);
    }

    /// <inheritdoc />
    public Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default)
    {
        Guard.Against.Default(ticketId);
        cancellationToken.ThrowIfCancellationRequested();
        _tickets.UpdateIfAt(ticketId, ticketVersion, row => row with { Checked = true, NextCheckAt = nextCheckAt });
        return Task.CompletedTask;
    }

    /// <summary>A stored ticket: its history as recorded, and the monitor's next check for this version.</summary>
    private sealed record Row(TicketId Id, CustomerId CustomerId, Instant OpenedAt, bool IsClosed, ITicketEvent[] History, bool Checked, Instant? NextCheckAt)
    {
        public static Row Of(Ticket ticket) =>
            new(ticket.Id, ticket.CustomerId, ticket.OpenedAt, ticket.Status == TicketStatus.Closed, [.. ticket.History], Checked: false, NextCheckAt: null);

        public bool IsDueBy(Instant dueBy) => !IsClosed && (!Checked || NextCheckAt <= dueBy);

        public Ticket Load() => Ticket.Rehydrate(Id, History);
    }
}
