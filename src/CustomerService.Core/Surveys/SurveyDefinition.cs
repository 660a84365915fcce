using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Surveys;

/// <summary>
/// What a survey asks and how long it waits for an answer: its <see cref="Scale"/> (and so its
/// <see cref="Kind"/>), its <see cref="ResponseWindow"/> after sending, and whether answers stop when
/// the ticket is closed (<see cref="ClosesWithTicket"/>).
/// </summary>
/// <remarks>
/// A response is accepted from the instant the survey was sent up to, but not including, that instant
/// plus the window: <c>[sentAt, sentAt + ResponseWindow)</c>. The window is a physical duration (28 days
/// is 28 x 24 hours whatever the daylight-saving changes in between).
/// </remarks>
public sealed record SurveyDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="scale">The scale (it sets the kind).</param>
    /// <param name="responseWindow">How long after sending answers are accepted; positive; <see langword="null"/> for <see cref="DefaultResponseWindow"/> (28 days).</param>
    /// <param name="closesWithTicket"><see langword="true"/> to refuse answers from the instant the ticket is closed, even inside the window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="responseWindow"/> is zero or negative.</exception>
    public SurveyDefinition(SurveyScale scale, Duration? responseWindow = null, bool closesWithTicket = false)
    {
        Scale = Guard.Against.Null(scale);
        ResponseWindow = Guard.Against.NegativeOrZero(responseWindow ?? DefaultResponseWindow, nameof(responseWindow));
        ClosesWithTicket = closesWithTicket;
    }

    /// <summary>Gets the default response window: 28 days (28 x 24 hours) after the survey was sent.</summary>
    public static Duration DefaultResponseWindow { get; } = Duration.FromDays(28);

    /// <summary>Gets CSAT on 1-5, with the default window, answers accepted after the ticket is closed.</summary>
    public static SurveyDefinition Csat { get; } = new(SurveyScale.Csat5);

    /// <summary>Gets NPS on 0-10, with the default window, answers accepted after the ticket is closed.</summary>
    public static SurveyDefinition Nps { get; } = new(SurveyScale.Nps);

    /// <summary>Gets CES on 1-7, with the default window, answers accepted after the ticket is closed.</summary>
    public static SurveyDefinition Ces { get; } = new(SurveyScale.Ces);

    /// <summary>Gets what the survey measures: the kind of its <see cref="Scale"/>.</summary>
    public SurveyKind Kind => Scale.Kind;

    /// <summary>Gets the scores the survey offers and their bands.</summary>
    public SurveyScale Scale { get; }

    /// <summary>Gets how long after sending answers are accepted (the end itself is not).</summary>
    public Duration ResponseWindow { get; }

    /// <summary>Gets a value indicating whether answers are refused from the instant the survey's ticket is closed, even inside the window.</summary>
    public bool ClosesWithTicket { get; }

    /// <summary>Returns the default definition of a kind: its default scale and window, answers accepted after the ticket is closed.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see cref="Csat"/>, <see cref="Nps"/> or <see cref="Ces"/>.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static SurveyDefinition DefaultFor(SurveyKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        SurveyKind.Csat => Csat,
        SurveyKind.Nps => Nps,
        _ => Ces,
    };

    /// <summary>Describes the definition, e.g. <c>CSAT 1-5, window 28:00:00:00, closes with ticket</c>.</summary>
    /// <returns>The scale, the window and the ticket rule.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scale}, window {ResponseWindow:D:hh:mm:ss}{(ClosesWithTicket ? ", closes with ticket" : string.Empty)}");
}
