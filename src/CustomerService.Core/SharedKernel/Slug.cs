using System.Diagnostics.CodeAnalysis;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// The naming rule for host-defined names that are compared ordinally and appear in policies, reports
/// and event streams (channels, customer tiers): 1 to 64 lower-case ASCII letters, digits, <c>-</c>
/// and <c>_</c>, starting with a letter.
/// </summary>
internal static class Slug
{
    /// <summary>The longest valid name.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule in words, for error messages: "1 to 64 lower-case ASCII letters, ...".</summary>
    public const string Rule = "1 to 64 lower-case ASCII letters, digits, '-' or '_', starting with a letter";

    /// <summary>Returns whether <paramref name="name"/> follows the rule; <see langword="null"/> never does.</summary>
    public static bool IsValid([NotNullWhen(true)] string? name)
    {
        if (name is null || name.Length is 0 or > MaxLength || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
