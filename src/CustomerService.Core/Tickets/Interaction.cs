using System;
using System.Text;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <summary>
/// One message on a ticket: a customer's message, an agent's public reply or internal note, or a
/// system (automation) message, with the channel it went through, the instant it was written and,
/// for agents, the time spent handling it.
/// </summary>
/// <remarks>
/// <para>
/// Customer messages are always public. Only agent messages carry an <see cref="AgentId"/> and a
/// <see cref="HandleTime"/>. SLA metrics and KPIs count only public agent messages as replies;
/// internal notes and system messages never count.
/// </para>
/// <para>
/// The body is personal data: <see cref="ToString"/> shows only its length.
/// </para>
/// </remarks>
public sealed record Interaction
{
    private Interaction(AuthorKind author, AgentId? agentId, string body, bool isPublic, Channel channel, Instant at, Duration? handleTime)
    {
        Author = author;
        AgentId = agentId;
        Body = Guard.Against.NullOrWhiteSpace(body);
        IsPublic = isPublic;
        Channel = Guard.Against.Default(channel);
        OccurredAt = Guard.Against.OutOfEventRange(at);
        if (handleTime is { } time)
        {
            Guard.Against.Negative(time, nameof(handleTime));
        }

        HandleTime = handleTime;
    }

    /// <summary>Gets who wrote the message.</summary>
    public AuthorKind Author { get; }

    /// <summary>Gets the agent who wrote it; <see langword="null"/> unless <see cref="Author"/> is <see cref="AuthorKind.Agent"/>.</summary>
    public AgentId? AgentId { get; }

    /// <summary>Gets the text of the message (personal data).</summary>
    public string Body { get; }

    /// <summary>Gets a value indicating whether the customer sees the message; <see langword="false"/> for an internal note.</summary>
    public bool IsPublic { get; }

    /// <summary>Gets the channel the message came in or went out on.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the instant the message was written.</summary>
    public Instant OccurredAt { get; }

    /// <summary>
    /// Gets the time the agent spent handling this interaction (a call, a chat, writing the reply), for
    /// average handle time; <see langword="null"/> when not recorded. Only agent messages have one.
    /// </summary>
    public Duration? HandleTime { get; }

    /// <summary>Creates a customer's message (always public).</summary>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="channel">The channel it came in on.</param>
    /// <param name="at">The instant it was written.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The body is empty, the channel is the default value, or <paramref name="at"/> is not a real instant.</exception>
    public static Interaction FromCustomer(string body, Channel channel, Instant at) =>
        new(AuthorKind.Customer, null, body, isPublic: true, channel, at, handleTime: null);

    /// <summary>Creates an agent's public reply or internal note.</summary>
    /// <param name="agentId">The agent who wrote it.</param>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="isPublic"><see langword="true"/> for a reply the customer sees, <see langword="false"/> for an internal note.</param>
    /// <param name="channel">The channel it went out on.</param>
    /// <param name="at">The instant it was written.</param>
    /// <param name="handleTime">The time spent handling it; not negative; <see langword="null"/> when not recorded.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">
    /// The agent id is the default value, the body is empty, the channel is the default value,
    /// <paramref name="at"/> is not a real instant, or the handle time is negative.
    /// </exception>
    public static Interaction FromAgent(AgentId agentId, string body, bool isPublic, Channel channel, Instant at, Duration? handleTime = null) =>
        new(AuthorKind.Agent, Guard.Against.Default(agentId), body, isPublic, channel, at, handleTime);

    /// <summary>Creates a message written by automation (a bot, a trigger, an auto-reply).</summary>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="isPublic"><see langword="true"/> if the customer sees it.</param>
    /// <param name="channel">The channel it went out on.</param>
    /// <param name="at">The instant it was written.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The body is empty, the channel is the default value, or <paramref name="at"/> is not a real instant.</exception>
    public static Interaction FromSystem(string body, bool isPublic, Channel channel, Instant at) =>
        new(AuthorKind.System, null, body, isPublic, channel, at, handleTime: null);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Author = ").Append(Author)
            .Append(", AgentId = ").Append(AgentId)
            .Append(", Body = ").Append(PersonalData.Redact(Body))
            .Append(", IsPublic = ").Append(IsPublic)
            .Append(", Channel = ").Append(Channel)
            .Append(", OccurredAt = ").Append(OccurredAt)
            .Append(", HandleTime = ").Append(HandleTime);
        return true;
    }
}
