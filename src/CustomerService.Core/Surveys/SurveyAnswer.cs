using NodaTime;

namespace CustomerService.Core.Surveys;

/// <summary>One answer a customer gave to a survey: the score and the instant it was given.</summary>
/// <param name="Score">The score, on the survey's scale.</param>
/// <param name="AnsweredAt">The instant the customer answered.</param>
/// <remarks>A response keeps every answer in <see cref="SurveyResponse.Answers"/>, oldest first; the last one counts.</remarks>
public readonly record struct SurveyAnswer(int Score, Instant AnsweredAt);
