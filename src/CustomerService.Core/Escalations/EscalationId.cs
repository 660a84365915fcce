using System;
using System.Diagnostics.CodeAnalysis;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Escalations;

/// <summary>Identifies an escalation. See <see cref="IStronglyTypedId{TSelf}"/> for the rules every identifier follows.</summary>
public readonly record struct EscalationId : IStronglyTypedId<EscalationId>
{
    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value; not <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public EscalationId(Guid value) => Value = StronglyTypedId.Require(value);

    /// <inheritdoc />
    public Guid Value { get; }

    /// <summary>Creates a new, random identifier.</summary>
    /// <returns>A new identifier.</returns>
    public static EscalationId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public static EscalationId FromGuid(Guid value) => new(value);

    /// <summary>Parses the canonical form produced by <see cref="ToString"/>.</summary>
    /// <param name="s">The text, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a non-empty GUID in canonical form.</exception>
    public static EscalationId Parse(string s) => StronglyTypedId.Parse<EscalationId>(s);

    /// <inheritdoc cref="Parse(string)" />
    /// <param name="s">The text, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    public static EscalationId Parse(string s, IFormatProvider? provider) => StronglyTypedId.Parse<EscalationId>(s);

    /// <inheritdoc cref="Parse(string)" />
    /// <param name="s">The text, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    public static EscalationId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => StronglyTypedId.Parse<EscalationId>(s);

    /// <summary>Tries to parse the canonical form produced by <see cref="ToString"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> was a non-empty GUID in canonical form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out EscalationId result) => StronglyTypedId.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out EscalationId)" />
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <param name="result">The identifier, or the default value when parsing fails.</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> was a non-empty GUID in canonical form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EscalationId result) => StronglyTypedId.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out EscalationId)" />
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <param name="result">The identifier, or the default value when parsing fails.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EscalationId result) => StronglyTypedId.TryParse(s, out result);

    /// <summary>Returns the canonical form, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</summary>
    /// <returns>The identifier as 36 lower-case characters.</returns>
    public override string ToString() => Value.ToString(StronglyTypedId.Format);
}
