using NodaTime;

namespace CustomerService.Core.Surveys.Events;

/// <summary>The customer answered an answered survey again: the new score replaces the previous one, which stays in the history.</summary>
/// <param name="ResponseId">The response.</param>
/// <param name="PreviousScore">The score before the revision.</param>
/// <param name="Score">The new score, on the survey's scale (it may equal the previous one when only the comment changed).</param>
/// <param name="Comment">The new comment, or <see langword="null"/> to keep the current one; personal data, redacted in <c>ToString()</c>, and removed from the history by <see cref="SurveyCommentErased"/>.</param>
/// <param name="OccurredAt">The instant the customer answered again.</param>
public sealed record SurveyAnswerRevised(SurveyResponseId ResponseId, int PreviousScore, int Score, SurveyComment? Comment, Instant OccurredAt) : ISurveyResponseEvent;
