using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Customers;

/// <summary>
/// The language (and optionally script, region and variants) a customer reads, as a BCP 47 language
/// tag (RFC 5646): <c>en</c>, <c>en-US</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>, <c>sr-Latn</c>, <c>es-419</c>.
/// </summary>
/// <remarks>
/// The tag must be well-formed (the grammar of RFC 5646 §2.1, with no repeated variant or extension
/// singleton, §2.2.5-6), at most 255 characters. Subtags are not looked up in the IANA registry, so a
/// well-formed but unregistered tag is accepted. The irregular grandfathered tags (<c>i-klingon</c>,
/// <c>en-GB-oed</c> and the like, deprecated in favour of registered replacements) and <c>_</c> as a
/// separator are refused. The tag is stored in the case RFC 5646 §2.1.1 recommends (<c>zh-Hant-TW</c>,
/// <c>en-US</c>), so tags that differ only in case are equal.
/// </remarks>
public readonly record struct Locale
{
    private Locale(string tag) => Tag = tag;

    /// <summary>Gets the tag in canonical case; <see langword="null"/> only for <c>default(Locale)</c>.</summary>
    public string Tag { get; }

    /// <summary>Creates a locale from a BCP 47 tag.</summary>
    /// <param name="tag">The tag, in any case.</param>
    /// <returns>The locale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed tag.</exception>
    public static Locale Create(string tag)
    {
        Guard.Against.Null(tag);
        return TryCreate(tag, out var locale) ? locale : throw FreeText.Invalid(CustomerErrors.InvalidLocale, nameof(tag));
    }

    /// <summary>Tries to read a BCP 47 tag (for untrusted input); a failure is <see cref="CustomerErrors.InvalidLocale"/>.</summary>
    /// <param name="tag">The text.</param>
    /// <param name="locale">The locale, or the default value when the tag is not well-formed.</param>
    /// <returns><see langword="true"/> if <paramref name="tag"/> is a well-formed tag.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? tag, out Locale locale)
    {
        locale = default;
        if (tag is null || tag.Length is 0 or > LanguageTagGrammar.MaxLength)
        {
            return false;
        }

        Span<char> canonical = stackalloc char[tag.Length];
        if (!LanguageTagGrammar.TryCanonicalize(tag, canonical))
        {
            return false;
        }

        locale = new Locale(canonical.SequenceEqual(tag) ? tag : canonical.ToString());
        return true;
    }

    /// <summary>Returns the tag.</summary>
    /// <returns>The tag, or an empty string for <c>default(Locale)</c>.</returns>
    public override string ToString() => Tag ?? string.Empty;
}
