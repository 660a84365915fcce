using NodaTime;

namespace CustomerService.Core.Surveys.Events;

/// <summary>
/// The response's comment was erased (a data-protection request, or moderation): the response and its
/// history no longer hold it; the scores stay. The event carries no personal data; the events stored or
/// published before it may, and are the host's to purge.
/// </summary>
/// <param name="ResponseId">The response.</param>
/// <param name="OccurredAt">The instant of the erasure.</param>
public sealed record SurveyCommentErased(SurveyResponseId ResponseId, Instant OccurredAt) : ISurveyResponseEvent;
