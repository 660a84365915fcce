using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace CustomerService.Core.Tickets.Rules;

/// <summary>
/// The one rule for the short names a host gives tickets: tags, the category and custom field keys.
/// A label is 1 to 64 letters, digits, <c>-</c>, <c>_</c>, <c>.</c>, <c>:</c> or <c>/</c>, starting with
/// a letter or a digit, and is stored in lower case (<c>"VIP"</c> and <c>"vip"</c> are one tag).
/// </summary>
/// <remarks>
/// Labels appear in <c>ToString()</c> and error reports, so they are meant for vocabulary, not for
/// personal data; the rule refuses <c>@</c>, <c>+</c> and spaces, which keeps e-mail addresses, phone
/// numbers and names out by accident. Error messages never repeat the offending text.
/// </remarks>
internal static class TicketLabel
{
    public const int MaxLength = 64;

    private const string Rule = "1 to 64 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or a digit";

    public static ImmutableSortedSet<string> EmptySet { get; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Returns the label in lower case, or throws <see cref="ArgumentException"/> naming the rule.</summary>
    public static string Normalize(string? label, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(label, parameterName);
        return TryNormalize(label, out var normalized)
            ? normalized
            : throw new ArgumentException($"A {what} is {Rule}.", parameterName);
    }

    /// <summary>Normalizes every label into a sorted set, or throws for the first invalid one.</summary>
    public static ImmutableSortedSet<string> NormalizeAll(IEnumerable<string> labels, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(labels, parameterName);
        var builder = EmptySet.ToBuilder();
        foreach (var label in labels)
        {
            builder.Add(Normalize(label, parameterName, what));
        }

        return builder.ToImmutable();
    }

    public static bool TryNormalize(string? label, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (label is null || label.Length is 0 or > MaxLength || !char.IsLetterOrDigit(label[0]))
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        normalized = label.ToLowerInvariant();
        return true;
    }
}
