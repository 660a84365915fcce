using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// The one implementation of the strongly-typed identifier rules, so that each identifier type is a
/// few delegating lines rather than a copy of the parsing and validation logic.
/// </summary>
internal static class StronglyTypedId
{
    /// <summary>The canonical text form: 36 characters, lower-case hex with hyphens.</summary>
    public const string Format = "D";

    /// <summary>Rejects <see cref="Guid.Empty"/>.</summary>
    public static Guid Require(Guid value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("An identifier cannot be the empty GUID.", parameterName);
        }

        return value;
    }

    /// <summary>Parses the canonical form, or throws <see cref="FormatException"/>.</summary>
    public static TId Parse<TId>(ReadOnlySpan<char> text)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (!TryParse(text, out TId id))
        {
            throw new FormatException($"The text is not a valid {typeof(TId).Name}: expected a non-empty GUID in the form 00000000-0000-0000-0000-000000000000.");
        }

        return id;
    }

    /// <summary>Parses the canonical form (a non-empty GUID with hyphens).</summary>
    public static bool TryParse<TId>(ReadOnlySpan<char> text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (Guid.TryParseExact(text, Format, out Guid value) && value != Guid.Empty)
        {
            id = TId.FromGuid(value);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Parses a possibly null string; null is never valid.</summary>
    public static bool TryParse<TId>([NotNullWhen(true)] string? text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (text is null)
        {
            id = default;
            return false;
        }

        return TryParse(text.AsSpan(), out id);
    }

    /// <summary>Parses a string, rejecting null with <see cref="ArgumentNullException"/>.</summary>
    public static TId Parse<TId>(string text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
        where TId : struct, IStronglyTypedId<TId>
    {
        Guard.Against.Null(text, parameterName);
        return Parse<TId>(text.AsSpan());
    }
}
