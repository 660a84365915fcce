using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Surveys;

/// <summary>
/// One satisfaction survey sent to a customer, usually about a ticket, and the customer's answers to
/// it: the score on the survey's scale, an optional comment, and every earlier score, kept when the
/// customer answers again. The answer counts for the agent the ticket was assigned to when the survey
/// was sent (<see cref="AttributedAgentId"/>).
/// </summary>
/// <remarks>
/// <para>
/// Rules of <see cref="Answer"/>, checked in this order after the arguments: the score lies on the scale
/// (<see cref="SurveyErrors.ScoreOffScale"/>); the instant is not before the last event
/// (<see cref="SurveyErrors.InstantBeforeLastEvent"/>); it is inside the window
/// <c>[SentAt, SentAt + ResponseWindow)</c> (<see cref="SurveyErrors.WindowClosed"/>); and, if the
/// definition says so, before the ticket was closed (<see cref="SurveyErrors.TicketClosed"/>). A broken
/// rule throws <see cref="DomainRuleViolationException"/> and leaves the response unchanged; each command
/// has a <c>Can...</c> query that answers the same rules without throwing.
/// </para>
/// <para>
/// A ticket has one response per survey kind and solve cycle (<see cref="SurveyResponseKey"/>), which
/// the repository enforces. Within a response, a second answer is a revision (<see cref="SurveyAnswerRevised"/>),
/// never a second response; an answer identical to the current one records nothing.
/// </para>
/// <para>
/// The comment is personal data: <see cref="ToString"/>, exception messages and events' <c>ToString()</c>
/// never show it, and <see cref="EraseComment"/> removes it from the response and from its <see cref="History"/>.
/// </para>
/// </remarks>
public sealed partial class SurveyResponse : AggregateRoot<SurveyResponseId>
{
    private readonly List<ISurveyResponseEvent> _history = [];
    private readonly List<SurveyAnswer> _answers = [];

    /// <summary>Creates a response from a checked <see cref="SurveySent"/> (see <see cref="Send"/>).</summary>
    private SurveyResponse(SurveySent sent)
        : base(sent.ResponseId)
    {
        Definition = sent.Definition;
        CustomerId = sent.CustomerId;
        TicketId = sent.TicketId;
        Cycle = sent.Cycle;
        AttributedAgentId = sent.AttributedAgentId;
        SentAt = sent.OccurredAt;

        // A window reaching past the end of time never closes rather than overflowing.
        WindowClosesAt = Instant.MaxValue - SentAt > Definition.ResponseWindow ? SentAt + Definition.ResponseWindow : Instant.MaxValue;
        LastChangedAt = SentAt;
        _history.Add(sent);
        History = _history.AsReadOnly();
        Answers = _answers.AsReadOnly();
    }

    /// <summary>Gets the survey's scale, window and ticket rule.</summary>
    public SurveyDefinition Definition { get; }

    /// <summary>Gets what the survey measures.</summary>
    public SurveyKind Kind => Definition.Kind;

    /// <summary>Gets the scores the survey offers and their bands.</summary>
    public SurveyScale Scale => Definition.Scale;

    /// <summary>Gets the customer surveyed.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the ticket surveyed; <see langword="null"/> for a survey about no ticket (a relationship NPS, for example).</summary>
    public TicketId? TicketId { get; }

    /// <summary>Gets the ticket's solve count when the survey was sent: a reopened and re-solved ticket is a new cycle. 0 without a ticket.</summary>
    public int Cycle { get; }

    /// <summary>Gets the key that is unique among a ticket's responses; <see langword="null"/> without a ticket.</summary>
    public SurveyResponseKey? Key => TicketId is { } ticketId ? new SurveyResponseKey(ticketId, Kind, Cycle) : null;

    /// <summary>Gets the agent the response counts for: the ticket's assignee when the survey was sent; <see langword="null"/> if there was none.</summary>
    public AgentId? AttributedAgentId { get; }

    /// <summary>Gets the instant the survey was sent.</summary>
    public Instant SentAt { get; }

    /// <summary>Gets the first instant at which answers are no longer accepted: <see cref="SentAt"/> plus the response window.</summary>
    public Instant WindowClosesAt { get; }

    /// <summary>Gets every answer, oldest first: the last is the current one; earlier ones are the scores it revised. Empty until answered.</summary>
    public IReadOnlyList<SurveyAnswer> Answers { get; }

    /// <summary>Gets a value indicating whether the customer has answered.</summary>
    public bool IsAnswered => _answers.Count > 0;

    /// <summary>Gets the current score; <see langword="null"/> until answered.</summary>
    public int? Score => IsAnswered ? _answers[^1].Score : null;

    /// <summary>Gets the band of the current score on the scale; <see langword="null"/> until answered.</summary>
    public SurveySentiment? Sentiment => Score is { } score ? Scale.Classify(score) : null;

    /// <summary>Gets the instant of the current answer (the last revision); <see langword="null"/> until answered.</summary>
    public Instant? AnsweredAt => IsAnswered ? _answers[^1].AnsweredAt : null;

    /// <summary>Gets the instant of the first answer; <see langword="null"/> until answered.</summary>
    public Instant? FirstAnsweredAt => IsAnswered ? _answers[0].AnsweredAt : null;

    /// <summary>Gets what the customer wrote; <see langword="null"/> if nothing, or erased. Personal data.</summary>
    public SurveyComment? Comment { get; private set; }

    /// <summary>Gets the instant the comment was last erased; <see langword="null"/> if it never was.</summary>
    public Instant? CommentErasedAt { get; private set; }

    /// <summary>Gets the instant of the last event in <see cref="History"/>; commands must not be earlier.</summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>
    /// Gets every event since the survey was sent, in order. Unlike <see cref="AggregateRoot{TId}.DomainEvents"/>,
    /// it is never dequeued; <see cref="EraseComment"/> removes the comments from its events, nothing else.
    /// </summary>
    public IReadOnlyList<ISurveyResponseEvent> History { get; }

    /// <summary>Sends a survey about a ticket: the customer, the cycle and the attributed agent come from the ticket as it is now.</summary>
    /// <param name="ticket">The ticket surveyed, in its state at <paramref name="sentAt"/>.</param>
    /// <param name="id">The new response's id.</param>
    /// <param name="definition">The survey's scale, window and ticket rule.</param>
    /// <param name="sentAt">The instant the survey was sent; not before the ticket's last event (the ticket must be as it was when sent).</param>
    /// <returns>A response with one <see cref="SurveySent"/>: cycle <see cref="Ticket.SolveCount"/>, attributed to <see cref="Ticket.AssigneeId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is the default value, <paramref name="sentAt"/> is not a real instant, or it is
    /// before the ticket's last event (use <see cref="Send"/> with the values as they were then).
    /// </exception>
    /// <remarks>Whether the customer may be surveyed (consent, erasure) is the caller's to ask first: <see cref="Customer.CanSurvey()"/>.</remarks>
    public static SurveyResponse SendFor(Ticket ticket, SurveyResponseId id, SurveyDefinition definition, Instant sentAt)
    {
        Guard.Against.Null(ticket);
        Guard.Against.OutOfEventRange(sentAt);
        if (sentAt < ticket.UpdatedAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sentAt),
                sentAt,
                string.Create(CultureInfo.InvariantCulture, $"The survey cannot be sent before the ticket's last event ({ticket.UpdatedAt}): the ticket would not be as it was when sent."));
        }

        return Send(id, definition, ticket.CustomerId, ticket.Id, ticket.SolveCount, ticket.AssigneeId, sentAt);
    }

    /// <summary>Sends a survey with every value given: for a survey about no ticket, or one whose ticket has moved on since.</summary>
    /// <param name="id">The new response's id.</param>
    /// <param name="definition">The survey's scale, window and ticket rule.</param>
    /// <param name="customerId">The customer surveyed.</param>
    /// <param name="ticketId">The ticket surveyed, or <see langword="null"/> for none.</param>
    /// <param name="cycle">The ticket's <see cref="Ticket.SolveCount"/> when the survey was sent; 0 without a ticket.</param>
    /// <param name="attributedAgentId">The ticket's assignee when the survey was sent, or <see langword="null"/> for none.</param>
    /// <param name="sentAt">The instant the survey was sent.</param>
    /// <returns>A response with one <see cref="SurveySent"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An id is the default value, <paramref name="cycle"/> is negative (or not 0 without a ticket), or
    /// <paramref name="sentAt"/> is not a real instant.
    /// </exception>
    public static SurveyResponse Send(
        SurveyResponseId id,
        SurveyDefinition definition,
        CustomerId customerId,
        TicketId? ticketId,
        int cycle,
        AgentId? attributedAgentId,
        Instant sentAt)
    {
        var sent = new SurveySent(
            Guard.Against.Default(id),
            Guard.Against.Null(definition),
            Guard.Against.Default(customerId),
            Guard.Against.DefaultWhenPresent(ticketId),
            Guard.Against.OutOfRange(cycle, nameof(cycle), 0, ticketId is null ? 0 : int.MaxValue),
            Guard.Against.DefaultWhenPresent(attributedAgentId),
            Guard.Against.OutOfEventRange(sentAt));
        var response = new SurveyResponse(sent);
        response.Raise(sent);
        return response;
    }

    /// <summary>Returns whether <see cref="Answer"/> with <paramref name="score"/> at <paramref name="at"/> would be accepted.</summary>
    /// <param name="score">The score.</param>
    /// <param name="at">The instant of the answer.</param>
    /// <param name="ticketClosedAt">The instant the survey's ticket was closed, or <see langword="null"/> if it is not closed (or there is no ticket).</param>
    /// <returns><see langword="true"/> if the score is on the scale and the instant is inside the window, not before the last event, and (where the definition says so) before the ticket closed.</returns>
    /// <exception cref="ArgumentException">An instant is not a real one.</exception>
    public bool CanAnswer(int score, Instant at, Instant? ticketClosedAt = null) => AnswerError(score, at, ticketClosedAt) is null;

    /// <summary>
    /// Records the customer's answer: the first one (<see cref="SurveyAnswered"/>), or a revision of the
    /// current one (<see cref="SurveyAnswerRevised"/>, the previous score kept in <see cref="Answers"/>). An
    /// answer with the current score and no new comment records nothing.
    /// </summary>
    /// <param name="score">The score, on the survey's scale.</param>
    /// <param name="at">The instant the customer answered.</param>
    /// <param name="comment">What the customer wrote; <see langword="null"/> for nothing (a revision then keeps the current comment).</param>
    /// <param name="ticketClosedAt">The instant the survey's ticket was closed, or <see langword="null"/> if it is not closed (or there is no ticket).</param>
    /// <exception cref="ArgumentException">An instant is not a real one.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="SurveyErrors.ScoreOffScale"/>, <see cref="SurveyErrors.InstantBeforeLastEvent"/>,
    /// <see cref="SurveyErrors.WindowClosed"/> or <see cref="SurveyErrors.TicketClosed"/>.
    /// </exception>
    public void Answer(int score, Instant at, SurveyComment? comment = null, Instant? ticketClosedAt = null)
    {
        ThrowIfBroken(AnswerError(score, at, ticketClosedAt));
        if (Score is not { } current)
        {
            Record(new SurveyAnswered(Id, score, comment, at));
        }
        else if (score != current || (comment is not null && comment != Comment))
        {
            Record(new SurveyAnswerRevised(Id, current, score, comment, at));
        }
    }

    /// <summary>Returns whether <see cref="EraseComment"/> at <paramref name="at"/> would be accepted: there is no comment (a no-op), or the instant is not before the last event.</summary>
    /// <param name="at">The instant of the erasure.</param>
    /// <returns><see langword="true"/> if the erasure would be accepted.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    public bool CanEraseComment(Instant at) => EraseCommentError(at) is null;

    /// <summary>
    /// Erases the comment (<see cref="SurveyCommentErased"/>) from the response and from every event of its
    /// <see cref="History"/>, for a data-protection request or moderation; the scores stay. Without a
    /// comment it does nothing, so a retried request succeeds. A later answer may bring a new comment.
    /// </summary>
    /// <param name="at">The instant of the erasure.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="SurveyErrors.InstantBeforeLastEvent"/> (only when there is a comment).</exception>
    /// <remarks>
    /// Events still in <see cref="AggregateRoot{TId}.DomainEvents"/> are not rewritten (publish them first),
    /// and events already stored or published are the host's to purge.
    /// </remarks>
    public void EraseComment(Instant at)
    {
        ThrowIfBroken(EraseCommentError(at));
        if (Comment is not null)
        {
            Record(new SurveyCommentErased(Id, at));
        }
    }

    /// <summary>Describes the response for logs, without the comment.</summary>
    /// <returns>For example <c>SurveyResponse 3f2504e0-... (CSAT 1-5, score 4, version 2)</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SurveyResponse {Id} ({Scale}, {(Score is { } score ? $"score {score}" : "not answered")}, version {Version})");

    private static void ThrowIfBroken(DomainError? error)
    {
        if (error is not null)
        {
            throw new DomainRuleViolationException(error);
        }
    }

    private DomainError? AnswerError(int score, Instant at, Instant? ticketClosedAt)
    {
        Guard.Against.OutOfEventRange(at);
        if (ticketClosedAt is { } closed)
        {
            Guard.Against.OutOfEventRange(closed, nameof(ticketClosedAt));
        }

        return AnswerRulesError(score, at)
            ?? (Definition.ClosesWithTicket && ticketClosedAt is { } closedAt && at >= closedAt ? SurveyErrors.AfterTicketClosed(closedAt) : null);
    }

    /// <summary>The rules of an answer that the response can check on its own (all but the ticket's closing).</summary>
    private DomainError? AnswerRulesError(int score, Instant at) =>
        !Scale.Contains(score) ? SurveyErrors.OffScale(score, Scale)
        : InstantError(at) ?? (at >= WindowClosesAt ? SurveyErrors.Closed(WindowClosesAt) : null);

    private DomainError? InstantError(Instant at) => at < LastChangedAt ? SurveyErrors.InstantBefore(at, LastChangedAt) : null;

    private DomainError? EraseCommentError(Instant at)
    {
        Guard.Against.OutOfEventRange(at);
        return Comment is null ? null : InstantError(at);
    }

    /// <summary>Records an accepted event: applies it, keeps it in the history and raises it for the host.</summary>
    private void Record(ISurveyResponseEvent e)
    {
        Apply(e);
        _history.Add(e);
        Raise(e);
    }

    /// <summary>Changes the state as the event says; the one place state changes after sending.</summary>
    private void Apply(ISurveyResponseEvent e)
    {
        switch (e)
        {
            case SurveyAnswered a:
                _answers.Add(new SurveyAnswer(a.Score, a.OccurredAt));
                Comment = a.Comment;
                break;
            case SurveyAnswerRevised r:
                _answers.Add(new SurveyAnswer(r.Score, r.OccurredAt));
                Comment = r.Comment ?? Comment;
                break;
            case SurveyCommentErased:
                Comment = null;
                CommentErasedAt = e.OccurredAt;
                ForgetComments();
                break;
        }

        LastChangedAt = e.OccurredAt;
    }

    /// <summary>Rewrites the events of the history without their comments.</summary>
    private void ForgetComments()
    {
        for (var i = 0; i < _history.Count; i++)
        {
            _history[i] = _history[i] switch
            {
                SurveyAnswered { Comment: not null } a => a with { Comment = null },
                SurveyAnswerRevised { Comment: not null } r => r with { Comment = null },
                var other => other,
            };
        }
    }
}
