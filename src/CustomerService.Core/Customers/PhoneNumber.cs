using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Customers;

/// <summary>
/// A phone number in international E.164 form (ITU-T E.164): <c>+</c>, then 2 to 15 digits, the first
/// of which (the country calling code's) is not 0. Personal data: <see cref="ContactPoint.ToString"/>
/// never shows it.
/// </summary>
/// <remarks>
/// Input may group digits the way people write them: spaces, <c>-</c>, <c>.</c> and balanced, unnested
/// parentheses are dropped, so <c>+1 (415) 555-0123</c> becomes <c>+14155550123</c>. Refused: national
/// numbers without <c>+</c> (which country they belong to is unknowable here), international dialling
/// prefixes such as <c>00</c> or <c>011</c>, the <c>(0)</c> trunk prefix (whether its 0 is dialled from
/// abroad depends on the country), extensions and letters. Whether the number is assigned is not checked.
/// A phone number reaches <see cref="Channel.Phone"/> and <see cref="Channel.Messaging"/> (text messages).
/// </remarks>
public sealed record PhoneNumber : ContactPoint
{
    /// <summary>The most digits an E.164 number has.</summary>
    public const int MaxDigits = 15;

    private const int MinDigits = 2;

    private PhoneNumber(string value) => Value = value;

    /// <summary>Gets <see cref="Channel.Phone"/>.</summary>
    public override Channel Channel => Channel.Phone;

    /// <summary>Gets the number in E.164 form, e.g. <c>+14155550123</c>. Personal data: keep it out of logs.</summary>
    public override string Value { get; }

    /// <summary>Creates a phone number from trusted input.</summary>
    /// <param name="text">The number in international form, e.g. <c>+1 415 555 0123</c>.</param>
    /// <returns>The number in E.164 form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid number; the message names the rule, never the text.</exception>
    public static PhoneNumber Create(string text)
    {
        Guard.Against.Null(text);
        return TryCreate(text, out var phone, out var error) ? phone : throw FreeText.Invalid(error, nameof(text));
    }

    /// <summary>Tries to read a phone number from untrusted input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="phone">The number in E.164 form, or <see langword="null"/> when the text is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid number.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PhoneNumber? phone) =>
        TryCreate(text, out phone, out _);

    /// <summary>Tries to read a phone number from untrusted input, saying what is wrong with it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="phone">The number in E.164 form, or <see langword="null"/> when the text is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise, checked in this order, <see cref="CustomerErrors.PhoneEmpty"/>,
    /// <see cref="CustomerErrors.PhoneMissingPlus"/>, <see cref="CustomerErrors.PhoneInvalidCharacter"/>,
    /// <see cref="CustomerErrors.PhoneTrunkPrefix"/>, <see cref="CustomerErrors.PhoneLength"/> and
    /// <see cref="CustomerErrors.PhoneLeadingZero"/>.
    /// </param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid number.</returns>
    public static bool TryCreate(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out PhoneNumber? phone,
        [NotNullWhen(false)] out DomainError? error)
    {
        Span<char> e164 = stackalloc char[MaxDigits + 1];
        error = Parse(text.AsSpan().Trim(), e164, out var length);
        phone = error is null ? new PhoneNumber(e164[..length].ToString()) : null;
        return phone is not null;
    }

    private protected override bool AlsoReaches(Channel channel) => channel == Channel.Messaging;

    // Writes '+' and the digits to e164 and returns null, or returns the first problem found.
    private static DomainError? Parse(ReadOnlySpan<char> text, Span<char> e164, out int length)
    {
        length = 0;
        if (text.IsEmpty)
        {
            return CustomerErrors.PhoneEmpty;
        }

        if (text[0] != '+')
        {
            return CustomerErrors.PhoneMissingPlus;
        }

        e164[length++] = '+';
        var digits = 0;
        var groupStart = -1;
        var trunkPrefix = false;
        var lastDigit = '\0';
        foreach (var c in text[1..])
        {
            switch (c)
            {
                case >= '0' and <= '9':
                    lastDigit = c;
                    if (digits++ < MaxDigits)
                    {
                        e164[length++] = c;
                    }

                    break;
                case ' ' or '-' or '.':
                    break;
                case '(' when groupStart < 0:
                    groupStart = digits;
                    break;
                case ')' when groupStart >= 0 && digits > groupStart:
                    trunkPrefix |= digits - groupStart == 1 && lastDigit == '0';
                    groupStart = -1;
                    break;
                default:
                    return CustomerErrors.PhoneInvalidCharacter;
            }
        }

        return groupStart >= 0 ? CustomerErrors.PhoneInvalidCharacter
            : trunkPrefix ? CustomerErrors.PhoneTrunkPrefix
            : digits is < MinDigits or > MaxDigits ? CustomerErrors.PhoneLength
            : e164[1] == '0' ? CustomerErrors.PhoneLeadingZero
            : null;
    }
}
