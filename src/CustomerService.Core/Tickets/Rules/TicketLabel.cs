using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tickets.Rules;

/// <summary>
/// The rule for the names a host gives a ticket's tags, category and custom field keys: the package's
/// <see cref="Slug"/> rule (as for channels and customer tiers) after lower-casing, so <c>"VIP"</c> and
/// <c>"vip"</c> are one tag. Error messages never repeat the offending text.
/// </summary>
/// <remarks>
/// Labels appear in <c>ToString()</c>, policies and reports; the rule refuses <c>@</c>, <c>+</c>,
/// <c>.</c> and spaces, which keeps e-mail addresses, phone numbers and names out by accident.
/// </remarks>
internal static class TicketLabel
{
    private const string Rule = "1 to 64 ASCII letters (stored in lower case), digits, '-' or '_', starting with a letter";

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

    private static bool TryNormalize(string label, [NotNullWhen(true)] out string? normalized)
    {
        normalized = label.ToLowerInvariant();
        return Slug.IsValid(normalized);
    }
}
