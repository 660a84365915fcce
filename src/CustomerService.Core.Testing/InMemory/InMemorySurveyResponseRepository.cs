using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// An <see cref="ISurveyResponseRepository"/> in memory, safe to share between threads, keeping one
/// response per <see cref="SurveyResponse.Key"/>.
/// </summary>
public sealed class InMemorySurveyResponseRepository : ISurveyResponseRepository
{
    private readonly VersionedTable<SurveyResponseId, Row> _responses = new(nameof(SurveyResponse));

    /// <summary>Gets how many responses are stored.</summary>
    public int Count => _responses.Count;

    /// <inheritdoc />
    public Task<SurveyResponse?> LoadAsync(SurveyResponseId responseId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_responses.TryGet(responseId, out var row, out _) ? row.Load() : null);
    }

    /// <inheritdoc />
    public Task AddAsync(SurveyResponse response, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(response);
        cancellationToken.ThrowIfCancellationRequested();
        var row = Row.Of(response);
        _responses.Add(response.Id, row, response.Version, row.TakenKey);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveAsync(SurveyResponse response, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(response);
        Guard.Against.Negative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var row = Row.Of(response);
        _responses.Replace(response.Id, row, expectedVersion, response.Version, row.TakenKey);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SurveyResponse>> ListForTicketAsync(TicketId ticketId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<SurveyResponse> responses = [.. _responses.Select(r => r.TicketId == ticketId)
            .OrderBy(r => r.SentAt)
            .Select(r => r.Load())];
        return Task.FromResult(responses);
    }

    /// <summary>A stored response: its history and its unique key.</summary>
    private sealed record Row(SurveyResponseId Id, TicketId? TicketId, SurveyResponseKey? Key, Instant SentAt, ISurveyResponseEvent[] History)
    {
        public static Row Of(SurveyResponse response) =>
            new(response.Id, response.TicketId, response.Key, response.SentAt, [.. response.History]);

        public SurveyResponse Load() => SurveyResponse.Rehydrate(Id, History);

        public string? TakenKey(IEnumerable<Row> others) =>
            Key is not null && others.FirstOrDefault(o => o.Key == Key) is { } other
                ? $"survey response {other.Id} answers the same survey of the same ticket cycle"
                : null;
    }
}
