using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Ports;

/// <summary>
/// Where the host keeps escalations, with optimistic concurrency on
/// <see cref="SharedKernel.AggregateRoot{TId}.Version"/> and the two uniqueness rules that keep
/// concurrent SLA monitors from raising an escalation twice.
/// </summary>
/// <remarks>
/// <para>An escalation is rebuilt with <see cref="Escalation.Rehydrate"/> from <see cref="Escalation.History"/>.</para>
/// <para>
/// The store refuses (with <see cref="ConcurrencyConflictException"/>, writing nothing) an add or a
/// save that would give a ticket two open escalations with the same <see cref="Escalation.OpenKey"/>,
/// or two escalations holding the same key of <see cref="Escalation.StepKeys"/> (kept after the
/// escalation closes). A relational store does this with unique indexes (the first one filtered to
/// open escalations); a document store with a per-ticket version checked on write.
/// </para>
/// </remarks>
public interface IEscalationRepository
{
    /// <summary>Loads an escalation.</summary>
    /// <param name="escalationId">The escalation's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The escalation with its stored version, or <see langword="null"/> when there is none.</returns>
    Task<Escalation?> LoadAsync(EscalationId escalationId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new escalation.</summary>
    /// <param name="escalation">The escalation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the escalation is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The id, its open key or one of its step keys is taken; nothing was written.</exception>
    Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default);

    /// <summary>Stores a changed escalation if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="escalation">The escalation, changed since it was loaded.</param>
    /// <param name="expectedVersion">The version the escalation had when it was loaded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the escalation is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is another, there is no such escalation, or a step key it absorbed is taken; nothing was written.</exception>
    Task SaveAsync(Escalation escalation, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lists a ticket's escalations, open and closed, in the order they were raised.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket's escalations; empty when there are none.</returns>
    Task<IReadOnlyList<Escalation>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default);

    /// <summary>Lists escalations with a notification still to send, oldest first.</summary>
    /// <param name="limit">The most escalations to return; positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The escalations whose <c>Escalation.PendingNotifications</c> is not empty.</returns>
    Task<IReadOnlyList<Escalation>> ListWithPendingNotificationsAsync(int limit, CancellationToken cancellationToken = default);
}
