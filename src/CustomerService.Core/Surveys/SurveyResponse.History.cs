using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Surveys.Events;

namespace CustomerService.Core.Surveys;

/// <content>Rebuilding a response from the history it recorded.</content>
public sealed partial class SurveyResponse
{
    /// <summary>
    /// Rebuilds a response from the history it recorded (as a repository stores it): the same state, the
    /// same <see cref="History"/>, <see cref="AggregateRoot{TId}.Version"/> equal to the number of events,
    /// and no pending <see cref="AggregateRoot{TId}.DomainEvents"/>. A history whose comments were purged
    /// (after a <see cref="SurveyCommentErased"/>) rebuilds the same response as the unpurged one.
    /// </summary>
    /// <param name="responseId">The response's id; every event must carry it.</param>
    /// <param name="history">The events in the order they were recorded, starting with <see cref="SurveySent"/>.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="responseId"/> is the default value, the <see cref="SurveySent"/> holds an invalid value
    /// (as <see cref="Send"/> would refuse it), or the history is not one a response could have recorded:
    /// empty, not starting with <see cref="SurveySent"/>, holding another response's events, going back in
    /// time, a score off the scale, an answer outside the window, or an event that does not fit the state.
    /// The message lists the problems with their codes from <see cref="SurveyErrors"/>, never a comment.
    /// Whether an answer came after its ticket closed cannot be checked: the history does not hold the ticket.
    /// </exception>
    public static SurveyResponse Rehydrate(SurveyResponseId responseId, IEnumerable<ISurveyResponseEvent> history)
    {
        Guard.Against.Default(responseId);
        Guard.Against.Null(history);
        var problems = new List<InputProblem>();
        SurveyResponse? response = null;
        var index = 0;
        foreach (var e in history)
        {
            var error = e is null ? new DomainError(SurveyErrors.HistoryNullEvent, "The event is null.")
                : e.ResponseId != responseId ? new DomainError(SurveyErrors.HistoryOtherResponse, string.Create(CultureInfo.InvariantCulture, $"The event belongs to response {e.ResponseId}."))
                : response is null ? (e is SurveySent ? null : new DomainError(SurveyErrors.HistoryNotSent, "The history must start with SurveySent."))
                : response.CheckReplayed(e);
            if (error is not null)
            {
                problems.Add(HistoryProblems.At(index, e, error));
            }
            else if (response is null)
            {
                var sent = (SurveySent)e!;
                response = Send(sent.ResponseId, sent.Definition, sent.CustomerId, sent.TicketId, sent.Cycle, sent.AttributedAgentId, sent.OccurredAt);
                response.DequeueDomainEvents();
            }
            else
            {
                response.Apply(e!);
                response._history.Add(e!);
            }

            index++;
        }

        if (index == 0)
        {
            problems.Add(new InputProblem(SurveyErrors.HistoryEmpty, "The history has no events; it must start with SurveySent.", "$"));
        }

        if (problems.Count > 0)
        {
            throw HistoryProblems.Exception(problems, nameof(history));
        }

        response!.RestoreVersion(response._history.Count);
        return response;
    }

    /// <summary>The rule an event of the history breaks given the state before it, if any.</summary>
    private DomainError? CheckReplayed(ISurveyResponseEvent e) => e switch
    {
        SurveySent => new DomainError(SurveyErrors.HistorySentTwice, "The survey was already sent."),
        SurveyAnswered a => IsAnswered ? Mismatch("a first answer to an answered survey") : AnswerRulesError(a.Score, a.OccurredAt),
        SurveyAnswerRevised r => !IsAnswered ? Mismatch("a revision of an unanswered survey")
            : r.PreviousScore != Score ? Mismatch("a revision whose previous score is not the score then")
            : AnswerRulesError(r.Score, r.OccurredAt),
        SurveyCommentErased => InstantError(e.OccurredAt),
        _ => new DomainError(SurveyErrors.HistoryUnknownEvent, "The event type is not a survey response event this package knows."),
    };

    private static DomainError Mismatch(string what) =>
        new(SurveyErrors.HistoryStateMismatch, $"The event is {what}.");
}
