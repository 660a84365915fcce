using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Customers;

/// <summary>
/// The country or region a customer is in, as an ISO 3166-1 alpha-2 code (<c>US</c>, <c>DE</c>).
/// </summary>
/// <remarks>
/// Only the syntax is checked (two ASCII letters, stored in upper case): the list of assigned codes
/// changes, and user-assigned codes (<c>AA</c>, <c>QM</c>-<c>QZ</c>, <c>XA</c>-<c>XZ</c>, <c>ZZ</c>) have
/// legitimate uses such as <c>XK</c> for Kosovo. Codes are compared ordinally.
/// </remarks>
public readonly record struct Region
{
    private Region(string code) => Code = code;

    /// <summary>Gets the two upper-case letters; <see langword="null"/> only for <c>default(Region)</c>.</summary>
    public string Code { get; }

    /// <summary>Creates a region from its code.</summary>
    /// <param name="code">Two ASCII letters, in any case.</param>
    /// <returns>The region, with its code in upper case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not two ASCII letters.</exception>
    public static Region Create(string code)
    {
        Guard.Against.Null(code);
        return TryCreate(code, out var region) ? region : throw FreeText.Invalid(CustomerErrors.InvalidRegion, nameof(code));
    }

    /// <summary>Tries to read a region code (for untrusted input); a failure is <see cref="CustomerErrors.InvalidRegion"/>.</summary>
    /// <param name="code">The text.</param>
    /// <param name="region">The region, or the default value when the code is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="code"/> is two ASCII letters.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? code, out Region region)
    {
        region = code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            ? new Region(string.Create(2, code, static (upper, c) => c.AsSpan().ToUpperInvariant(upper)))
            : default;
        return region.Code is not null;
    }

    /// <summary>Returns the code.</summary>
    /// <returns>The code, or an empty string for <c>default(Region)</c>.</returns>
    public override string ToString() => Code ?? string.Empty;
}
