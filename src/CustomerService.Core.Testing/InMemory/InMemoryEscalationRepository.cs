using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// An <see cref="IEscalationRepository"/> in memory, safe to share between threads, with the store's
/// uniqueness rules: one open escalation per <see cref="Escalation.OpenKey"/>, and each of
/// <see cref="Escalation.StepKeys"/> held by one escalation only.
/// </summary>
public sealed class InMemoryEscalationRepository : IEscalationRepository
{
    private readonly VersionedTable<EscalationId, Row> _escalations = new(nameof(Escalation));

    /// <summary>Gets how many escalations are stored.</summary>
    public int Count => _escalations.Count;

    /// <inheritdoc />
    public Task<Escalation?> LoadAsync(EscalationId escalationId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_escalations.TryGet(escalationId, out var row, out _) ? row.Load() : null);
    }

    /// <inheritdoc />
    public Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(escalation);
        cancellationToken.ThrowIfCancellationRequested();
        var row = Row.Of(escalation);
        _escalations.Add(escalation.Id, row, escalation.Version, row.TakenKey);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveAsync(Escalation escalation, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(escalation);
        Guard.Against.Negative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var row = Row.Of(escalation);
        _escalations.Replace(escalation.Id, row, expectedVersion, escalation.Version, row.TakenKey);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Escalation>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Escalation> escalations = [.. _escalations.Select(r => r.TicketId == ticketId)
            .OrderBy(r => r.RaisedAt)
            .Select(r => r.Load())];
        return Task.FromResult(escalations);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Escalation>> ListWithPendingNotificationsAsync(int limit, CancellationToken cancellationToken = default)
    {
        Guard.Against.NegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Escalation> pending = [.. _escalations.Select(r => r.HasPendingNotifications)
            .OrderBy(r => r.RaisedAt)
            .Take(limit)
            .Select(r => r.Load())];
        return Task.FromResult(pending);
    }

    /// <summary>A stored escalation: its history, and the keys the store keeps unique.</summary>
    private sealed record Row(EscalationId Id, TicketId TicketId, Instant RaisedAt, OpenEscalationKey? OpenKey, EscalationKey[] StepKeys, bool HasPendingNotifications, IEscalationEvent[] History)
    {
        public static Row Of(Escalation escalation) =>
            new(escalation.Id, escalation.TicketId, escalation.RaisedAt, escalation.OpenKey, [.. escalation.StepKeys], escalation.PendingNotifications.Count > 0, [.. escalation.History]);

        public Escalation Load() => Escalation.Rehydrate(Id, History);

        public string? TakenKey(IEnumerable<Row> others)
        {
            foreach (var other in others)
            {
                if (OpenKey is not null && other.OpenKey == OpenKey)
                {
                    return $"escalation {other.Id} is open to the same target for the same reason";
                }

                if (StepKeys.Intersect(other.StepKeys).Any())
                {
                    return $"escalation {other.Id} holds one of its policy steps";
                }
            }

            return null;
        }
    }
}
