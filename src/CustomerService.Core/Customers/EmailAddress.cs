using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Customers;

/// <summary>
/// An e-mail address, checked pragmatically: the rules that catch real typing and import mistakes,
/// not the full grammar of RFC 5322 (comments, quoted local parts, address literals are refused).
/// Personal data: <see cref="ContactPoint.ToString"/> never shows it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>White space around the address is trimmed; the whole address is at most 254 characters (RFC 5321 §4.5.3.1.3).</item>
/// <item>Exactly one <c>@</c>.</item>
/// <item>The local part is a dot-atom (RFC 5322 §3.2.3) of 1 to 64 characters (RFC 5321 §4.5.3.1.1): ASCII letters,
/// digits and <c>!#$%&amp;'*+-/=?^_`{|}~</c>, with dots that are not first, last or doubled. Its case is kept:
/// RFC 5321 §2.4 lets a mail server tell <c>Jane</c> from <c>jane</c>.</item>
/// <item>The domain has at least two labels of 1 to 63 ASCII letters, digits and
/// hyphens (not first or last); the top-level label is not all digits. It is lower-cased. Internationalised
/// domains are accepted in their ASCII form (<c>xn--...</c>, see <see cref="System.Globalization.IdnMapping"/>);
/// internationalised local parts (RFC 6531) are refused.</item>
/// </list>
/// </remarks>
public sealed record EmailAddress : ContactPoint
{
    /// <summary>The longest address, in characters.</summary>
    public const int MaxLength = 254;

    private const int MaxLocalPartLength = 64;
    private const int MaxLabelLength = 63;

    private static readonly SearchValues<char> Atext =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~");

    private static readonly SearchValues<char> LetterDigitHyphen =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private EmailAddress(string value) => Value = value;

    /// <summary>Gets <see cref="Channel.Email"/>.</summary>
    public override Channel Channel => Channel.Email;

    /// <summary>Gets the address: local part as given, domain in lower case. Personal data: keep it out of logs.</summary>
    public override string Value { get; }

    /// <summary>Creates an address from trusted input.</summary>
    /// <param name="text">The address, e.g. <c>jane.doe@example.com</c>.</param>
    /// <returns>The normalised address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid address; the message names the rule, never the text.</exception>
    public static EmailAddress Create(string text)
    {
        Guard.Against.Null(text);
        return TryCreate(text, out var email, out var error) ? email : throw FreeText.Invalid(error, nameof(text));
    }

    /// <summary>Tries to read an address from untrusted input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="email">The normalised address, or <see langword="null"/> when the text is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid address.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EmailAddress? email) =>
        TryCreate(text, out email, out _);

    /// <summary>Tries to read an address from untrusted input, saying what is wrong with it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="email">The normalised address, or <see langword="null"/> when the text is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise one of <see cref="CustomerErrors.EmailEmpty"/>,
    /// <see cref="CustomerErrors.EmailTooLong"/>, <see cref="CustomerErrors.EmailAtSign"/>,
    /// <see cref="CustomerErrors.EmailLocalPart"/> and <see cref="CustomerErrors.EmailDomain"/>.
    /// </param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid address.</returns>
    public static bool TryCreate(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out EmailAddress? email,
        [NotNullWhen(false)] out DomainError? error)
    {
        var address = text.AsSpan().Trim();
        error = Check(address, out var at);
        email = error is null ? new EmailAddress(Normalize(address, at)) : null;
        return email is not null;
    }

    private protected override bool AlsoReaches(Channel channel) => false;

    private static DomainError? Check(ReadOnlySpan<char> address, out int at)
    {
        at = address.IndexOf('@');
        if (address.IsEmpty)
        {
            return CustomerErrors.EmailEmpty;
        }

        if (address.Length > MaxLength)
        {
            return CustomerErrors.EmailTooLong;
        }

        if (at < 0 || address[(at + 1)..].Contains('@'))
        {
            return CustomerErrors.EmailAtSign;
        }

        return !IsDotAtom(address[..at]) ? CustomerErrors.EmailLocalPart
            : !IsDomain(address[(at + 1)..]) ? CustomerErrors.EmailDomain
            : null;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local.Length > MaxLocalPartLength)
        {
            return false;
        }

        foreach (var range in local.Split('.'))
        {
            var atom = local[range];
            if (atom.IsEmpty || atom.ContainsAnyExcept(Atext))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        // No separate check of the 253-character domain limit: the 254-character address limit implies it.
        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            last = domain[range];
            labels++;
            if (last.IsEmpty || last.Length > MaxLabelLength || last.ContainsAnyExcept(LetterDigitHyphen) || last[0] == '-' || last[^1] == '-')
            {
                return false;
            }
        }

        return labels >= 2 && last.ContainsAnyExceptInRange('0', '9');
    }

    private static string Normalize(ReadOnlySpan<char> address, int at)
    {
        Span<char> buffer = stackalloc char[address.Length];
        address.CopyTo(buffer);
        for (var i = at + 1; i < buffer.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(buffer[i]);
        }

        return buffer.ToString();
    }
}
