using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Customers;

/// <summary>
/// A customer's handle on a chat, messaging or social network: the network is a <see cref="Tickets.Channel"/>
/// (<see cref="Channel.Chat"/>, <see cref="Channel.SocialMedia"/>, <see cref="Channel.Messaging"/> or a host
/// channel such as <c>Channel.Custom("whatsapp")</c>), the handle is the customer's name or id there.
/// Personal data: <see cref="ContactPoint.ToString"/> shows the channel, never the handle.
/// </summary>
/// <remarks>
/// A handle is 1 to 256 characters after trimming, with no white space, control characters or broken
/// surrogate pairs; otherwise it is kept exactly as given (networks differ on case and on a leading
/// <c>@</c>, so the host normalises where its network says two spellings are one account). E-mail and
/// phone have their own types: a handle cannot be on <see cref="Channel.Email"/> or <see cref="Channel.Phone"/>.
/// </remarks>
public sealed record SocialHandle : ContactPoint
{
    /// <summary>The longest handle, in UTF-16 code units.</summary>
    public const int MaxLength = 256;

    private SocialHandle(Channel channel, string value)
    {
        Channel = channel;
        Value = value;
    }

    /// <summary>Gets the network the handle belongs to.</summary>
    public override Channel Channel { get; }

    /// <summary>Gets the handle, trimmed. Personal data: keep it out of logs.</summary>
    public override string Value { get; }

    /// <summary>Creates a handle from trusted input.</summary>
    /// <param name="channel">The network; not <c>email</c> or <c>phone</c>.</param>
    /// <param name="handle">The handle, e.g. <c>@janedoe</c>.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handle"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The channel or the handle is not valid; the message names the rule, never the handle.</exception>
    public static SocialHandle Create(Channel channel, string handle)
    {
        Guard.Against.Null(handle);
        return TryCreate(channel, handle, out var result, out var error)
            ? result
            : throw FreeText.Invalid(error, error == CustomerErrors.HandleChannel ? nameof(channel) : nameof(handle));
    }

    /// <summary>Tries to read a handle from untrusted input.</summary>
    /// <param name="channel">The network.</param>
    /// <param name="handle">The text.</param>
    /// <param name="result">The handle, or <see langword="null"/> when the input is invalid.</param>
    /// <returns><see langword="true"/> if the channel and the handle are valid.</returns>
    public static bool TryCreate(Channel channel, [NotNullWhen(true)] string? handle, [NotNullWhen(true)] out SocialHandle? result) =>
        TryCreate(channel, handle, out result, out _);

    /// <summary>Tries to read a handle from untrusted input, saying what is wrong with it.</summary>
    /// <param name="channel">The network.</param>
    /// <param name="handle">The text.</param>
    /// <param name="result">The handle, or <see langword="null"/> when the input is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise <see cref="CustomerErrors.HandleChannel"/> (for
    /// <c>default(Channel)</c>, <c>email</c> or <c>phone</c>), <see cref="CustomerErrors.HandleEmpty"/>,
    /// <see cref="CustomerErrors.HandleTooLong"/> or <see cref="CustomerErrors.HandleInvalidCharacter"/>.
    /// </param>
    /// <returns><see langword="true"/> if the channel and the handle are valid.</returns>
    public static bool TryCreate(
        Channel channel,
        [NotNullWhen(true)] string? handle,
        [NotNullWhen(true)] out SocialHandle? result,
        [NotNullWhen(false)] out DomainError? error)
    {
        result = null;
        if (channel.Name is null || channel == Channel.Email || channel == Channel.Phone)
        {
            error = CustomerErrors.HandleChannel;
            return false;
        }

        if (!FreeText.TryNormalize(
            handle,
            MaxLength,
            FreeTextLayout.Word,
            (CustomerErrors.HandleEmpty, CustomerErrors.HandleTooLong, CustomerErrors.HandleInvalidCharacter),
            out var value,
            out error))
        {
            return false;
        }

        result = new SocialHandle(channel, value);
        return true;
    }

    private protected override bool AlsoReaches(Channel channel) => false;
}
