using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Ports;

/// <summary>
/// Where the host keeps survey responses, with optimistic concurrency on
/// <see cref="SharedKernel.AggregateRoot{TId}.Version"/>.
/// </summary>
/// <remarks>
/// A response is rebuilt with <see cref="SurveyResponse.Rehydrate"/> from
/// <see cref="SurveyResponse.History"/>. The store refuses a second response with the same
/// <see cref="SurveyResponse.Key"/> (one survey of a kind per ticket solve cycle).
/// </remarks>
public interface ISurveyResponseRepository
{
    /// <summary>Loads a survey response.</summary>
    /// <param name="responseId">The response's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with its stored version, or <see langword="null"/> when there is none.</returns>
    Task<SurveyResponse?> LoadAsync(SurveyResponseId responseId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new survey response.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the response is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The id or the response's key is taken; nothing was written.</exception>
    Task AddAsync(SurveyResponse response, CancellationToken cancellationToken = default);

    /// <summary>Stores a changed survey response if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="response">The response, changed since it was loaded.</param>
    /// <param name="expectedVersion">The version the response had when it was loaded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the response is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is another, or there is no such response; nothing was written.</exception>
    Task SaveAsync(SurveyResponse response, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lists the responses sent for a ticket, in the order they were sent.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket's responses; empty when there are none.</returns>
    Task<IReadOnlyList<SurveyResponse>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default);
}
