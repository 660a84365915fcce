using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers;

/// <summary>
/// Checks for free text that holds personal data (names, handles, comments): trimmed, bounded, valid
/// UTF-16, no control characters other than the line breaks and tabs its <see cref="FreeTextLayout"/>
/// allows. Values are kept as given otherwise: no Unicode normalisation, so behaviour does not depend
/// on the host's globalization mode.
/// </summary>
internal static class FreeText
{
    /// <summary>Checks free text and returns it trimmed, or the error that applies.</summary>
    public static bool TryNormalize(
        string? text,
        int maxLength,
        FreeTextLayout layout,
        (DomainError Empty, DomainError TooLong, DomainError InvalidCharacter) errors,
        [NotNullWhen(true)] out string? value,
        [NotNullWhen(false)] out DomainError? error)
    {
        var span = text.AsSpan().Trim();
        value = null;
        error = span.IsEmpty ? errors.Empty
            : span.Length > maxLength ? errors.TooLong
            : !IsAllowed(span, layout) ? errors.InvalidCharacter
            : null;
        if (error is not null)
        {
            return false;
        }

        value = span.Length == text!.Length ? text : span.ToString();
        return true;
    }

    /// <summary>The exception a throwing factory raises for invalid input: the code and rule, never the value.</summary>
    public static ArgumentException Invalid(DomainError error, string parameterName) =>
        new($"{error.Message} ({error.Code})", parameterName);

    private static bool IsAllowed(ReadOnlySpan<char> text, FreeTextLayout layout)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done
                || (layout == FreeTextLayout.Paragraphs
                    ? Rune.IsControl(rune) && rune.Value is not ('\n' or '\r' or '\t')
                    : Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                || (layout == FreeTextLayout.Word && Rune.IsWhiteSpace(rune)))
            {
                return false;
            }

            text = text[consumed..];
        }

        return true;
    }
}
