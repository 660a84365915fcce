using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Ports;

/// <summary>
/// Where the host keeps tickets. One ticket is one consistency boundary: the repository stores its
/// whole history and its <see cref="SharedKernel.AggregateRoot{TId}.Version"/>, and refuses a save
/// whose expected version is not the stored one.
/// </summary>
/// <remarks>
/// <para>
/// A ticket is rebuilt with <see cref="Ticket.Rehydrate"/> from the events of
/// <see cref="Ticket.History"/>; the loaded ticket's <c>Version</c> is the stored one.
/// </para>
/// <para>
/// The SLA monitor keeps one extra value per ticket: the instant of its <em>next SLA check</em>
/// (the earliest warning or breach still to come). Every <see cref="AddAsync"/> and
/// <see cref="SaveAsync"/> clears it, so a changed ticket is due at once;
/// <see cref="SetNextSlaCheckAsync"/> sets it for the version the monitor evaluated, and is ignored
/// when the ticket has been saved since. <c>CustomerService.Core.Testing</c>'s
/// <c>RepositoryContract</c> checks an implementation against all of this.
/// </para>
/// </remarks>
public interface ITicketRepository
{
    /// <summary>Loads a ticket.</summary>
    /// <param name="ticketId">The ticket's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket with its stored version, or <see langword="null"/> when there is none.</returns>
    Task<Ticket?> LoadAsync(TicketId ticketId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new ticket with its current history and version.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ticket is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">A ticket with that id is stored already; nothing was written.</exception>
    Task AddAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>Stores a changed ticket if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="ticket">The ticket, changed since it was loaded.</param>
    /// <param name="expectedVersion">The version the ticket had when it was loaded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ticket is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is another, or there is no such ticket; nothing was written.</exception>
    Task SaveAsync(Ticket ticket, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lists a customer's tickets, oldest first.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer's tickets; empty when there are none.</returns>
    Task<IReadOnlyList<Ticket>> ListForCustomerAsync(CustomerId customerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the tickets the SLA monitor must look at: not closed, and with no next SLA check
    /// recorded for their current version, or one at or before <paramref name="dueBy"/>.
    /// </summary>
    /// <param name="dueBy">The instant the monitor runs for.</param>
    /// <param name="limit">The most tickets to return; positive. Those never checked come first, then the earliest due.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due tickets, at most <paramref name="limit"/>.</returns>
    Task<IReadOnlyList<Ticket>> ListDueForSlaCheckAsync(Instant dueBy, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records when the SLA monitor must look at a ticket again, for the version it evaluated. If the
    /// ticket has been saved since (its stored version is not <paramref name="ticketVersion"/>), the
    /// call changes nothing: the new version is due at once.
    /// </summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="ticketVersion">The version that was evaluated.</param>
    /// <param name="nextCheckAt">The earliest warning or breach still to come, or <see langword="null"/> when nothing is to come until the ticket changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the value is recorded or ignored.</returns>
    Task SetNextSlaCheckAsync(TicketId ticketId, long ticketVersion, Instant? nextCheckAt, CancellationToken cancellationToken = default);
}
