using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Escalations;

/// <summary>
/// How far up a ticket has been escalated: level 1 first (the assignee's team lead, say), then 2, and so on, as
/// Freshdesk's resolution escalation levels 1-4. Levels are ordered and an escalation policy fires them in order.
/// </summary>
/// <remarks><c>default(EscalationLevel)</c> (0) is not a level; entry points reject it.</remarks>
public readonly record struct EscalationLevel : IComparable<EscalationLevel>
{
    /// <summary>The highest level.</summary>
    public const int MaxValue = 99;

    /// <summary>Creates a level.</summary>
    /// <param name="value">The level, from 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to <see cref="MaxValue"/>.</exception>
    public EscalationLevel(int value) => Value = Guard.Against.OutOfRange(value, nameof(value), 1, MaxValue);

    /// <summary>Gets the level, from 1; 0 only for <c>default(EscalationLevel)</c>.</summary>
    public int Value { get; }

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is lower.</returns>
    public static bool operator <(EscalationLevel left, EscalationLevel right) => left.Value < right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is higher.</returns>
    public static bool operator >(EscalationLevel left, EscalationLevel right) => left.Value > right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is lower or the same.</returns>
    public static bool operator <=(EscalationLevel left, EscalationLevel right) => left.Value <= right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is higher or the same.</returns>
    public static bool operator >=(EscalationLevel left, EscalationLevel right) => left.Value >= right.Value;

    /// <inheritdoc />
    public int CompareTo(EscalationLevel other) => Value.CompareTo(other.Value);

    /// <summary>Returns <c>L2</c> for level 2.</summary>
    /// <returns>The level as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"L{Value}");
}
