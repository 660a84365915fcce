using System;
using System.Runtime.CompilerServices;
using NodaTime;

// Extensions of Ardalis' IGuardClause live in its namespace, as its documentation recommends, so
// `Guard.Against.NegativeOrZero(duration)` reads like the built-in guards. They are internal: the
// package must not add members to a namespace it does not own for its consumers.
namespace Ardalis.GuardClauses;

/// <summary>Guards for NodaTime values at public entry points.</summary>
internal static class NodaTimeGuards
{
    /// <summary>Throws if <paramref name="input"/> is negative; returns it otherwise.</summary>
    public static Duration Negative(
        this IGuardClause guardClause,
        Duration input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "The duration must not be negative.");
        }

        return input;
    }

    /// <summary>Throws if <paramref name="input"/> is zero or negative; returns it otherwise.</summary>
    public static Duration NegativeOrZero(
        this IGuardClause guardClause,
        Duration input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "The duration must be positive.");
        }

        return input;
    }

    /// <summary>
    /// Throws if <paramref name="input"/> is <see cref="Instant.MinValue"/> or <see cref="Instant.MaxValue"/>,
    /// which NodaTime reserves for "the beginning/end of time" and which no real event happens at.
    /// </summary>
    public static Instant OutOfEventRange(
        this IGuardClause guardClause,
        Instant input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input == Instant.MinValue || input == Instant.MaxValue)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "The instant must be a real point in time, not the beginning or end of time.");
        }

        return input;
    }

    /// <summary>Throws if <paramref name="end"/> is earlier than <paramref name="start"/>.</summary>
    public static void Reversed(
        this IGuardClause guardClause,
        Instant start,
        Instant end,
        [CallerArgumentExpression(nameof(end))] string? parameterName = null)
    {
        _ = guardClause;
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(parameterName, end, $"The end must not be earlier than the start ({start}).");
        }
    }

    /// <summary>Throws if <paramref name="input"/> is not Monday to Sunday (for example <see cref="IsoDayOfWeek.None"/>); returns it otherwise.</summary>
    public static IsoDayOfWeek InvalidDayOfWeek(
        this IGuardClause guardClause,
        IsoDayOfWeek input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (input is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "The value must be a day of the week, Monday to Sunday.");
        }

        return input;
    }
}
