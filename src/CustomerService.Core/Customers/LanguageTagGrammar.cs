using System;
using System.Buffers;

namespace CustomerService.Core.Customers;

/// <summary>
/// The well-formedness rules for BCP 47 language tags (RFC 5646 §2.1, with §2.2.5-6: no repeated
/// variant or extension singleton) and the case conventions of §2.1.1.
/// </summary>
internal static class LanguageTagGrammar
{
    /// <summary>The longest tag accepted; RFC 5646 sets no limit, a bound keeps the work bounded.</summary>
    public const int MaxLength = 255;

    private const int MaxSubtags = (MaxLength + 1) / 2;

    private static readonly SearchValues<char> AlphanumericsAndHyphen =
        SearchValues.Create("-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// Checks <paramref name="tag"/> and writes it to <paramref name="canonical"/> (of the same length)
    /// in canonical case: lower case, except title-case scripts and upper-case two-letter regions.
    /// </summary>
    public static bool TryCanonicalize(ReadOnlySpan<char> tag, Span<char> canonical)
    {
        if (tag.IsEmpty || tag.Length > MaxLength || tag.ContainsAnyExcept(AlphanumericsAndHyphen))
        {
            return false;
        }

        tag.ToLowerInvariant(canonical);
        ReadOnlySpan<char> lower = canonical;
        Span<Range> subtags = stackalloc Range[MaxSubtags];
        var count = lower.Split(subtags, '-');
        subtags = subtags[..count];
        foreach (var range in subtags)
        {
            if (lower[range].Length is 0 or > 8)
            {
                return false;
            }
        }

        if (lower[subtags[0]] is "x")
        {
            return count > 1;
        }

        var i = 0;
        var language = lower[subtags[i++]];
        if (language.Length < 2 || !IsAlpha(language))
        {
            return false;
        }

        for (var extended = 0; language.Length <= 3 && extended < 3 && i < count && IsAlpha(lower[subtags[i]], 3); extended++)
        {
            i++;
        }

        if (i < count && IsAlpha(lower[subtags[i]], 4))
        {
            var offset = subtags[i++].Start.GetOffset(lower.Length);
            canonical[offset] = char.ToUpperInvariant(canonical[offset]);
        }

        if (i < count && (IsAlpha(lower[subtags[i]], 2) || IsDigits(lower[subtags[i]], 3)))
        {
            foreach (ref var c in canonical[subtags[i++]])
            {
                c = char.ToUpperInvariant(c);
            }
        }

        var firstVariant = i;
        while (i < count && IsVariant(lower[subtags[i]]))
        {
            for (var j = firstVariant; j < i; j++)
            {
                if (lower[subtags[j]].SequenceEqual(lower[subtags[i]]))
                {
                    return false;
                }
            }

            i++;
        }

        Span<bool> seen = stackalloc bool[128];
        while (i < count && lower[subtags[i]] is [var singleton] && singleton != 'x')
        {
            if (seen[singleton])
            {
                return false;
            }

            seen[singleton] = true;
            var first = ++i;
            while (i < count && lower[subtags[i]].Length >= 2)
            {
                i++;
            }

            if (i == first)
            {
                return false;
            }
        }

        // A private-use section ends the tag; its subtags are 1 to 8 alphanumerics, at least one.
        return i == count || (lower[subtags[i]] is "x" && i + 1 < count);
    }

    private static bool IsAlpha(ReadOnlySpan<char> subtag) => !subtag.ContainsAnyExceptInRange('a', 'z');

    private static bool IsAlpha(ReadOnlySpan<char> subtag, int length) => subtag.Length == length && IsAlpha(subtag);

    private static bool IsDigits(ReadOnlySpan<char> subtag, int length) =>
        subtag.Length == length && !subtag.ContainsAnyExceptInRange('0', '9');

    // variant = 5*8alphanum / (DIGIT 3alphanum)
    private static bool IsVariant(ReadOnlySpan<char> subtag) =>
        subtag.Length is >= 5 and <= 8 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));
}
