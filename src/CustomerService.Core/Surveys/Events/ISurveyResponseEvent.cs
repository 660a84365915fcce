using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Surveys.Events;

/// <summary>
/// A fact in a survey response's history. A response's <c>History</c> is the ordered list of these
/// since the survey was sent; <c>SurveyResponse.Rehydrate</c> rebuilds the response from it.
/// </summary>
/// <remarks>
/// Comments are personal data, carried only in <see cref="SurveyComment"/>, which redacts itself in
/// <c>ToString()</c>: logging an event never logs a comment; serialising one does, and a stored or
/// published event is the host's to purge when <see cref="SurveyCommentErased"/> says so.
/// </remarks>
public interface ISurveyResponseEvent : IDomainEvent
{
    /// <summary>Gets the response the fact belongs to.</summary>
    SurveyResponseId ResponseId { get; }
}
