using NodaTime;

namespace CustomerService.Core.Surveys.Events;

/// <summary>The customer answered the survey for the first time.</summary>
/// <param name="ResponseId">The response.</param>
/// <param name="Score">The score, on the survey's scale.</param>
/// <param name="Comment">What the customer wrote, or <see langword="null"/>; personal data, redacted in <c>ToString()</c>, and removed from the history by <see cref="SurveyCommentErased"/>.</param>
/// <param name="OccurredAt">The instant the customer answered.</param>
public sealed record SurveyAnswered(SurveyResponseId ResponseId, int Score, SurveyComment? Comment, Instant OccurredAt) : ISurveyResponseEvent;
