using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Ports;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.Contracts;

// Repositories with the bugs real adapters have, for the contract checks to catch. Most wrap a
// correct in-memory repository and break one thing.

/// <summary>Forwards every call to a correct in-memory repository; a broken one overrides the call it gets wrong.</summary>
internal class TicketRepositoryDecorator(ITicketRepository inner) : ITicketRepository
{
    protected ITicketRepository Inner { get; } = inner;

    public virtual Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default) => Inner.LoadAsync(ticketId, cancellationToken);

    public virtual Task AddAsync(Ticket ticket, CancellationToken cancellationToken = default) => Inner.AddAsync(ticket, cancellationToken);

    public virtual Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default) => Inner.SaveAsync(ticket, expectedVersion, cancellationToken);

    public virtual Task<IReadOnlyList<Ticket>> ListForCustomerAsync(CustomerId customerId, CancellationToken cancellationToken = default) => Inner.ListForCustomerAsync(customerId, cancellationToken);

    public virtual Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default) => Inner.ListDueForSlaCheckAsync(dueBy, limit, cancellationToken);

    public virtual Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default) =>
        Inner.SetNextSlaCheckAsync(ticketId, ticketVersion, nextCheckAt, cancellationToken);

    /// <summary>Writes the ticket over whatever is stored, atomically (the in-memory inner repository completes synchronously).</summary>
    protected Task OverwriteAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        lock (Inner)
        {
            var stored = Inner.LoadAsync(ticket.Id, cancellationToken).GetAwaiter().GetResult();
            return Inner.SaveAsync(ticket, stored?.Version ?? 0, cancellationToken);
        }
    }
}

/// <summary>Saves whatever the expected version: the last writer wins, and the first one's change is lost.</summary>
internal sealed class LastWriterWinsTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    public override Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default) =>
        OverwriteAsync(ticket, cancellationToken);
}

/// <summary>
/// Compares the expected version with the one it saw when it last loaded the ticket, not with the
/// store (the version check an UPDATE without it in its WHERE clause makes): concurrent writers all pass.
/// </summary>
internal sealed class VersionCheckedInMemoryTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    private readonly Dictionary<TicketId, long> _versionsLoaded = [];

    public override async Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default)
    {
        var ticket = await Inner.LoadAsync(ticketId, cancellationToken);
        lock (_versionsLoaded)
        {
            if (ticket is not null)
            {
                _versionsLoaded[ticketId] = ticket.Version;
            }
        }

        return ticket;
    }

    public override Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default)
    {
        long loaded;
        lock (_versionsLoaded)
        {
            loaded = _versionsLoaded.GetValueOrDefault(ticket.Id, -1);
        }

        return loaded == expectedVersion
            ? OverwriteAsync(ticket, cancellationToken)
            : throw new ConcurrencyConflictException(nameof(Ticket), $"{ticket.Id}", expectedVersion, loaded);
    }
}

/// <summary>Loses every CategoryChanged event on the way back from storage, as a mapper that forgot one event type does.</summary>
internal sealed class DropsCategoryEventsTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    public override async Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default) =>
        await Inner.LoadAsync(ticketId, cancellationToken) is { } ticket
            ? Ticket.Rehydrate(ticketId, ticket.History.Where(e => e is not CategoryChanged))
            : null;
}

/// <summary>Records the next SLA check whatever version it is for, so a check of an old version hides the new one.</summary>
internal sealed class IgnoresNextCheckVersionTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    public override async Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default)
    {
        var stored = await Inner.LoadAsync(ticketId, cancellationToken);
        await Inner.SetNextSlaCheckAsync(ticketId, stored?.Version ?? ticketVersion, nextCheckAt, cancellationToken);
    }
}

/// <summary>Has not implemented the SLA monitor's query yet.</summary>
internal sealed class NoDueQueryTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    public override Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The due query is not written yet.");
}

/// <summary>Keeps the very objects it is given, as a dictionary of aggregates does: later changes in memory leak into the "store".</summary>
internal sealed class KeepsReferencesTicketRepository() : TicketRepositoryDecorator(new InMemoryTicketRepository())
{
    private readonly Dictionary<TicketId, Ticket> _tickets = [];

    public override Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default)
    {
        lock (_tickets)
        {
            return Task.FromResult(_tickets.GetValueOrDefault(ticketId));
        }
    }

    public override async Task AddAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        await Inner.AddAsync(ticket, cancellationToken);
        lock (_tickets)
        {
            _tickets[ticket.Id] = ticket;
        }
    }
}

/// <summary>Maps every customer field but the locale, as a mapper written before the column was added.</summary>
internal sealed class DropsLocaleCustomerRepository : ICustomerRepository
{
    private readonly InMemoryCustomerRepository _inner = new();

    public Task<Customer?> LoadAsync(CustomerId customerId, CancellationToken cancellationToken = default) => _inner.LoadAsync(customerId, cancellationToken);

    public Task AddAsync(Customer customer, CancellationToken cancellationToken = default) => _inner.AddAsync(WithoutLocale(customer), cancellationToken);

    public Task SaveAsync(Customer customer, long expectedVersion, CancellationToken cancellationToken = default) =>
        _inner.SaveAsync(WithoutLocale(customer), expectedVersion, cancellationToken);

    private static Customer WithoutLocale(Customer customer) => Customer.Restore(customer.ToSnapshot() with { Locale = null });
}

/// <summary>Keeps histories with versions and nothing else: no unique key is checked.</summary>
internal sealed class HistoryTable<TId, TEvent>(string aggregateType)
    where TId : notnull
{
    private readonly Dictionary<TId, TEvent[]> _histories = [];

    public TEvent[]? Get(TId id)
    {
        lock (_histories)
        {
            return _histories.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<TEvent[]> All()
    {
        lock (_histories)
        {
            return [.. _histories.Values];
        }
    }

    public void Add(TId id, IEnumerable<TEvent> history)
    {
        lock (_histories)
        {
            if (!_histories.TryAdd(id, [.. history]))
            {
                throw new ConcurrencyConflictException(aggregateType, $"{id}", null, _histories[id].Length);
            }
        }
    }

    public void Save(TId id, IEnumerable<TEvent> history, long expectedVersion)
    {
        lock (_histories)
        {
            if (!_histories.TryGetValue(id, out var stored) || stored.Length != expectedVersion)
            {
                throw new ConcurrencyConflictException(aggregateType, $"{id}", expectedVersion, stored?.Length);
            }

            _histories[id] = [.. history];
        }
    }
}

/// <summary>Versions right, but two workers can both raise the same escalation: it forgets the open-key and step-key rules.</summary>
internal sealed class ForgetsUniquenessEscalationRepository : IEscalationRepository
{
    private readonly HistoryTable<EscalationId, IEscalationEvent> _table = new(nameof(Escalation));

    public Task<Escalation?> LoadAsync(EscalationId escalationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_table.Get(escalationId) is { } history ? Escalation.Rehydrate(escalationId, history) : null);

    public Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        _table.Add(escalation.Id, escalation.History);
        return Task.CompletedTask;
    }

    public Task SaveAsync(Escalation escalation, long expectedVersion, CancellationToken cancellationToken = default)
    {
        _table.Save(escalation.Id, escalation.History, expectedVersion);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Escalation>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Escalation>>([.. All().Where(e => e.TicketId == ticketId)]);

    public Task<IReadOnlyList<Escalation>> ListWithPendingNotificationsAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Escalation>>([.. All().Where(e => e.PendingNotifications.Count > 0).Take(limit)]);

    private IEnumerable<Escalation> All() =>
        _table.All().Select(h => Escalation.Rehydrate(((EscalationRaised)h[0]).EscalationId, h)).OrderBy(e => e.RaisedAt);
}

/// <summary>Versions right, but a survey can be sent twice for the same solve: it forgets the key.</summary>
internal sealed class ForgetsUniquenessSurveyResponseRepository : ISurveyResponseRepository
{
    private readonly HistoryTable<SurveyResponseId, ISurveyResponseEvent> _table = new(nameof(SurveyResponse));

    public Task<SurveyResponse?> LoadAsync(SurveyResponseId responseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_table.Get(responseId) is { } history ? SurveyResponse.Rehydrate(responseId, history) : null);

    public Task AddAsync(SurveyResponse response, CancellationToken cancellationToken = default)
    {
        _table.Add(response.Id, response.History);
        return Task.CompletedTask;
    }

    public Task SaveAsync(SurveyResponse response, long expectedVersion, CancellationToken cancellationToken = default)
    {
        _table.Save(response.Id, response.History, expectedVersion);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SurveyResponse>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SurveyResponse>>(
            [.. _table.All().Select(h => SurveyResponse.Rehydrate(((SurveySent)h[0]).ResponseId, h)).Where(r => r.TicketId == ticketId).OrderBy(r => r.SentAt)]);
}
