using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Surveys;

/// <summary>
/// The stable codes of the survey rules. A broken rule of <see cref="SurveyResponse"/> throws
/// <see cref="DomainRuleViolationException"/> with one of the <c>survey.*</c> codes; a history that cannot
/// be replayed is reported with the <c>survey.history.*</c> codes (or, when an event breaks a rule, that
/// rule's code); <see cref="SurveyComment.TryCreate(string?, out SurveyComment?, out DomainError?)"/>
/// reports the <c>comment.*</c> codes.
/// </summary>
/// <remarks>Codes never change once shipped; messages may be reworded and never contain the comment.</remarks>
public static class SurveyErrors
{
    /// <summary><c>survey.score_off_scale</c>: the score is not on the survey's scale.</summary>
    public const string ScoreOffScale = "survey.score_off_scale";

    /// <summary><c>survey.window_closed</c>: the response window is over (the answer came at or after sending + window).</summary>
    public const string WindowClosed = "survey.window_closed";

    /// <summary><c>survey.ticket_closed</c>: the survey closes with its ticket, and the ticket was closed at or before the answer.</summary>
    public const string TicketClosed = "survey.ticket_closed";

    /// <summary><c>survey.instant_before_last_event</c>: the instant is earlier than the response's last event (its sending, its last answer or erasure).</summary>
    public const string InstantBeforeLastEvent = "survey.instant_before_last_event";

    /// <summary><c>survey.history.empty</c>: the history has no events.</summary>
    public const string HistoryEmpty = "survey.history.empty";

    /// <summary><c>survey.history.null_event</c>: the history holds a <see langword="null"/> event.</summary>
    public const string HistoryNullEvent = "survey.history.null_event";

    /// <summary><c>survey.history.other_response</c>: the event belongs to another response.</summary>
    public const string HistoryOtherResponse = "survey.history.other_response";

    /// <summary><c>survey.history.not_sent</c>: the history does not start with <c>SurveySent</c>.</summary>
    public const string HistoryNotSent = "survey.history.not_sent";

    /// <summary><c>survey.history.sent_twice</c>: a second <c>SurveySent</c>.</summary>
    public const string HistorySentTwice = "survey.history.sent_twice";

    /// <summary><c>survey.history.unknown_event</c>: an event type this version of the package does not know.</summary>
    public const string HistoryUnknownEvent = "survey.history.unknown_event";

    /// <summary>
    /// <c>survey.history.state_mismatch</c>: the event does not fit the response's state at that point (a
    /// first answer to an answered response, a revision of an unanswered one, or a revision whose previous
    /// score is not the score then).
    /// </summary>
    public const string HistoryStateMismatch = "survey.history.state_mismatch";

    /// <summary><c>comment.empty</c>: the comment is missing, empty or white space.</summary>
    public const string CommentEmpty = "comment.empty";

    /// <summary><c>comment.too_long</c>: the comment is longer than <see cref="SurveyComment.MaxLength"/> characters.</summary>
    public const string CommentTooLong = "comment.too_long";

    /// <summary><c>comment.invalid_character</c>: the comment holds a control character other than a line break or tab, or a broken surrogate pair.</summary>
    public const string CommentInvalidCharacter = "comment.invalid_character";

    internal static DomainError EmptyComment { get; } = new(CommentEmpty, "A survey comment must not be empty.");

    internal static DomainError TooLongComment { get; } = new(
        CommentTooLong,
        string.Create(CultureInfo.InvariantCulture, $"A survey comment must not be longer than {SurveyComment.MaxLength} characters."));

    internal static DomainError InvalidCharacterInComment { get; } = new(
        CommentInvalidCharacter,
        "A survey comment must not contain control characters other than line breaks and tabs, or invalid UTF-16.");

    internal static DomainError OffScale(int score, SurveyScale scale) =>
        new(ScoreOffScale, string.Create(CultureInfo.InvariantCulture, $"The score {score} is not on the survey's scale ({scale})."));

    internal static DomainError Closed(Instant closedAt) =>
        new(WindowClosed, string.Create(CultureInfo.InvariantCulture, $"The survey's response window closed at {closedAt}."));

    internal static DomainError AfterTicketClosed(Instant ticketClosedAt) =>
        new(TicketClosed, string.Create(CultureInfo.InvariantCulture, $"The survey closes with its ticket, which was closed at {ticketClosedAt}."));

    internal static DomainError InstantBefore(Instant at, Instant last) =>
        new(InstantBeforeLastEvent, string.Create(CultureInfo.InvariantCulture, $"The instant {at} is earlier than the response's last event ({last}); instants must not go backwards."));
}
