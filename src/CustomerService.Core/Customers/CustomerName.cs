using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers;

/// <summary>
/// The name a customer goes by: a person's name or, for a business customer, the name of its
/// contact. Personal data: <see cref="ToString"/> never shows it; read <see cref="Value"/> where
/// the host really needs it.
/// </summary>
/// <remarks>
/// A name is 1 to 256 characters after trimming white space at both ends, with no control
/// characters, line breaks or broken surrogate pairs. Names are otherwise free: no assumption about
/// given and family names, scripts or order. Two names are equal when their text is equal, ordinally.
/// </remarks>
public sealed record CustomerName
{
    /// <summary>The longest name, in UTF-16 code units.</summary>
    public const int MaxLength = 256;

    private CustomerName(string value) => Value = value;

    /// <summary>Gets the name, trimmed. Personal data: keep it out of logs.</summary>
    public string Value { get; }

    /// <summary>Creates a name from trusted input.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The name, trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid name; the message names the rule, never the text.</exception>
    public static CustomerName Create(string text)
    {
        Guard.Against.Null(text);
        return TryCreate(text, out var name, out var error) ? name : throw FreeText.Invalid(error, nameof(text));
    }

    /// <summary>Tries to read a name from untrusted input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name, or <see langword="null"/> when the text is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid name.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CustomerName? name) =>
        TryCreate(text, out name, out _);

    /// <summary>Tries to read a name from untrusted input, saying what is wrong with it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name, or <see langword="null"/> when the text is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise <see cref="CustomerErrors.NameEmpty"/>,
    /// <see cref="CustomerErrors.NameTooLong"/> or <see cref="CustomerErrors.NameInvalidCharacter"/>.
    /// </param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid name.</returns>
    public static bool TryCreate(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out CustomerName? name,
        [NotNullWhen(false)] out DomainError? error)
    {
        var valid = FreeText.TryNormalize(
            text,
            MaxLength,
            FreeTextLayout.Line,
            (CustomerErrors.NameEmpty, CustomerErrors.NameTooLong, CustomerErrors.NameInvalidCharacter),
            out var value,
            out error);
        name = valid ? new CustomerName(value!) : null;
        return valid;
    }

    /// <summary>Returns <c>CustomerName { Value = [redacted] }</c>: never the name itself.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"{nameof(CustomerName)} {{ Value = {PersonalData.Redacted} }}";
}
