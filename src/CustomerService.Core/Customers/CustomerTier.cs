using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers;

/// <summary>
/// The tier or segment a customer belongs to (<c>standard</c>, <c>gold</c>, <c>enterprise</c>): it selects
/// the customer's SLA entitlement, since SLA policies match on it, and KPIs can be grouped by it. Tiers
/// are the host's to name; <see cref="Standard"/> is there for hosts that have only one.
/// </summary>
/// <remarks>
/// A tier is its name: lower-case ASCII letters, digits, <c>-</c> and <c>_</c>, 1 to 64 characters,
/// starting with a letter (the rule channel names follow). Names are compared ordinally.
/// </remarks>
public readonly record struct CustomerTier
{
    private CustomerTier(string name) => Name = name;

    /// <summary>Gets the tier <c>standard</c>.</summary>
    public static CustomerTier Standard { get; } = new("standard");

    /// <summary>Gets the tier's name; <see langword="null"/> only for <c>default(CustomerTier)</c>.</summary>
    public string Name { get; }

    /// <summary>Creates a tier.</summary>
    /// <param name="name">The name: lower-case ASCII letters, digits, <c>-</c> and <c>_</c>, 1 to 64 characters, starting with a letter.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid tier name.</exception>
    public static CustomerTier Create(string name)
    {
        Guard.Against.Null(name);
        return TryCreate(name, out var tier) ? tier : throw FreeText.Invalid(CustomerErrors.InvalidTier, nameof(name));
    }

    /// <summary>Tries to read a tier name (for untrusted input); a failure is <see cref="CustomerErrors.InvalidTier"/>.</summary>
    /// <param name="name">The text.</param>
    /// <param name="tier">The tier, or the default value when the name is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="name"/> is a valid tier name.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? name, out CustomerTier tier)
    {
        tier = Slug.IsValid(name) ? new CustomerTier(name) : default;
        return tier.Name is not null;
    }

    /// <summary>Returns the tier's name.</summary>
    /// <returns>The name, or an empty string for <c>default(CustomerTier)</c>.</returns>
    public override string ToString() => Name ?? string.Empty;
}
