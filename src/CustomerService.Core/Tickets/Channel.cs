using System;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tickets;

/// <summary>
/// The channel a request arrived on or a message went out on: one of the well-known channels
/// (<see cref="Email"/>, <see cref="Phone"/>, <see cref="Chat"/>, <see cref="SocialMedia"/>,
/// <see cref="Web"/>, <see cref="Messaging"/>, <see cref="Api"/>) or a host-defined one
/// (<c>Channel.Custom("whatsapp")</c>).
/// </summary>
/// <remarks>
/// A channel is its name: lower-case ASCII letters, digits, <c>-</c> and <c>_</c>, 1 to 64
/// characters, starting with a letter. Names are compared ordinally, so a host channel with a
/// well-known name is that well-known channel.
/// </remarks>
public readonly record struct Channel
{
    private Channel(string name) => Name = name;

    /// <summary>Gets the e-mail channel, <c>email</c>.</summary>
    public static Channel Email { get; } = new("email");

    /// <summary>Gets the phone channel (voice calls), <c>phone</c>.</summary>
    public static Channel Phone { get; } = new("phone");

    /// <summary>Gets live chat on the host's web or app, <c>chat</c>.</summary>
    public static Channel Chat { get; } = new("chat");

    /// <summary>Gets public social media (posts, mentions, direct messages), <c>social-media</c>.</summary>
    public static Channel SocialMedia { get; } = new("social-media");

    /// <summary>Gets web forms and the help centre, <c>web</c>.</summary>
    public static Channel Web { get; } = new("web");

    /// <summary>Gets asynchronous messaging apps (SMS, WhatsApp and the like), <c>messaging</c>.</summary>
    public static Channel Messaging { get; } = new("messaging");

    /// <summary>Gets requests created by another system through an API, <c>api</c>.</summary>
    public static Channel Api { get; } = new("api");

    /// <summary>Gets the channel's name; <see langword="null"/> only for <c>default(Channel)</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this is one of the package's well-known channels.</summary>
    public bool IsWellKnown => Name is "email" or "phone" or "chat" or "social-media" or "web" or "messaging" or "api";

    /// <summary>Creates a host-defined channel, or returns the well-known channel with that name.</summary>
    /// <param name="name">The name: lower-case ASCII letters, digits, <c>-</c> and <c>_</c>, 1 to 64 characters, starting with a letter.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid channel name.</exception>
    public static Channel Custom(string name)
    {
        Guard.Against.NullOrEmpty(name);
        if (!Slug.IsValid(name))
        {
            throw new ArgumentException(
                $"A channel name is {Slug.Rule}.",
                nameof(name));
        }

        return new Channel(name);
    }

    /// <summary>Tries to read a channel name (for untrusted input).</summary>
    /// <param name="name">The text.</param>
    /// <param name="channel">The channel, or the default value when the name is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="name"/> is a valid channel name.</returns>
    public static bool TryCreate(string? name, out Channel channel)
    {
        channel = Slug.IsValid(name) ? new Channel(name) : default;
        return channel.Name is not null;
    }

    /// <summary>Returns the channel's name.</summary>
    /// <returns>The name, or an empty string for <c>default(Channel)</c>.</returns>
    public override string ToString() => Name ?? string.Empty;
}
