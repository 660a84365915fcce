using System;
using System.Runtime.CompilerServices;

// Internal extensions of Ardalis' IGuardClause, in its namespace as NodaTimeGuards.cs explains.
namespace Ardalis.GuardClauses;

/// <summary>Guards for optional values at public entry points.</summary>
internal static class OptionalGuards
{
    /// <summary>
    /// Throws if <paramref name="input"/> is present but the default value of its type (an empty
    /// identifier); <see langword="null"/> itself is allowed.
    /// </summary>
    public static T? DefaultWhenPresent<T>(
        this IGuardClause guardClause,
        T? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct
    {
        _ = guardClause;
        if (input is { } value && value.Equals(default(T)))
        {
            throw new ArgumentException($"Parameter [{parameterName}] is the default value for type {typeof(T).Name}.", parameterName);
        }

        return input;
    }
}
