using CustomerService.Core.Tickets;

using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers;

/// <summary>
/// A way to reach a customer: an <see cref="EmailAddress"/>, a <see cref="PhoneNumber"/> or a
/// <see cref="SocialHandle"/> on a chat, messaging or social network. Personal data:
/// <see cref="ToString"/> shows the kind and channel, never the <see cref="Value"/>.
/// </summary>
/// <remarks>
/// The three kinds are the only ones: the type cannot be extended outside this package, so a
/// <c>switch</c> over them is complete. Two contact points are equal when they are of the same kind,
/// on the same channel, with the same normalised value.
/// </remarks>
public abstract record ContactPoint
{
    private protected ContactPoint()
    {
    }

    /// <summary>Gets the channel the contact point belongs to: <c>email</c>, <c>phone</c>, or the handle's network.</summary>
    public abstract Channel Channel { get; }

    /// <summary>Gets the normalised value (the address, the E.164 number, the handle). Personal data: keep it out of logs.</summary>
    public abstract string Value { get; }

    /// <summary>Returns whether a message on <paramref name="channel"/> can be sent to this contact point.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>
    /// <see langword="true"/> for the contact point's own <see cref="Channel"/>; a phone number also
    /// reaches <see cref="Channel.Messaging"/> (text messages).
    /// </returns>
    public bool Reaches(Channel channel) => channel == Channel || AlsoReaches(channel);

    /// <summary>Returns the kind and channel, e.g. <c>EmailAddress { Channel = email, Value = [redacted] }</c>: never the value.</summary>
    /// <returns>A description without personal data.</returns>
    public sealed override string ToString() =>
        $"{GetType().Name} {{ Channel = {Channel}, Value = {PersonalData.Redacted} }}";

    // Internal and abstract, so no type outside the package can derive from ContactPoint.
    private protected abstract bool AlsoReaches(Channel channel);
}
