using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla;

/// <summary>
/// A test of one ticket attribute against a list of values: <c>priority in [high, urgent]</c>,
/// <c>tag not in [vip]</c>, <c>custom field "plan" in [gold]</c>. A policy combines its conditions with all or any.
/// </summary>
/// <remarks>
/// Values are compared as text, exactly (priorities in lower case). A condition with no values can never match
/// (or always matches, negated); the policy that holds it reports that as a problem rather than accept it silently.
/// </remarks>
public sealed class PolicyCondition : IEquatable<PolicyCondition>
{
    private readonly string[] _values;

    private PolicyCondition(PolicyField field, string? key, bool negated, string[] values)
    {
        Field = field;
        Key = key;
        IsNegated = negated;
        _values = values;
    }

    /// <summary>Gets the attribute tested.</summary>
    public PolicyField Field { get; }

    /// <summary>Gets the custom field's key, for <see cref="PolicyField.CustomField"/>; otherwise <see langword="null"/>.</summary>
    public string? Key { get; }

    /// <summary>Gets a value indicating whether the condition is <c>not in</c> rather than <c>in</c>.</summary>
    public bool IsNegated { get; }

    /// <summary>Gets the values, in the order given.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The attribute has one of <paramref name="values"/>.</summary>
    /// <param name="field">The attribute; not <see cref="PolicyField.CustomField"/> (use <see cref="CustomFieldIn"/>).</param>
    /// <param name="values">The values; an empty list is allowed here and reported by the policy's validation.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition In(PolicyField field, IEnumerable<string> values)
    {
        Guard.Against.EnumOutOfRange(field);
        if (field == PolicyField.CustomField)
        {
            throw new ArgumentException("A custom field condition needs its key: use CustomFieldIn.", nameof(field));
        }

        return new(field, null, negated: false, Checked(values));
    }

    /// <summary>The ticket's priority is one of <paramref name="priorities"/>.</summary>
    /// <param name="priorities">The priorities.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition PriorityIn(params Priority[] priorities) =>
        In(PolicyField.Priority, Guard.Against.Null(priorities).Select(p => PriorityText(Guard.Against.EnumOutOfRange(p, nameof(priorities)))));

    /// <summary>The ticket arrived on one of <paramref name="channels"/>.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition ChannelIn(params Channel[] channels) =>
        In(PolicyField.Channel, Guard.Against.Null(channels).Select(c => c.Name ?? throw new ArgumentException("A channel is the default value.", nameof(channels))));

    /// <summary>The customer is in one of <paramref name="tiers"/>.</summary>
    /// <param name="tiers">The tiers.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition CustomerTierIn(params CustomerTier[] tiers) =>
        In(PolicyField.CustomerTier, Guard.Against.Null(tiers).Select(t => t.Name ?? throw new ArgumentException("A tier is the default value.", nameof(tiers))));

    /// <summary>The ticket is assigned to one of <paramref name="groups"/>.</summary>
    /// <param name="groups">The groups.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition GroupIn(params GroupId[] groups) =>
        In(PolicyField.Group, Guard.Against.Null(groups).Select(g => Guard.Against.Default(g, nameof(groups)).ToString()));

    /// <summary>The ticket has at least one of <paramref name="tags"/>.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition HasAnyTag(params string[] tags) => In(PolicyField.Tag, tags);

    /// <summary>The custom field <paramref name="key"/> has one of <paramref name="values"/> (in its invariant form).</summary>
    /// <param name="key">The field's key.</param>
    /// <param name="values">The values.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition CustomFieldIn(string key, params string[] values) =>
        new(PolicyField.CustomField, Guard.Against.NullOrWhiteSpace(key), negated: false, Checked(values));

    /// <summary>The opposite condition: <c>not in</c> for <c>in</c>, and back.</summary>
    /// <returns>The negated condition.</returns>
    public PolicyCondition Negate() => new(Field, Key, !IsNegated, _values);

    /// <inheritdoc/>
    public bool Equals(PolicyCondition? other) =>
        other is not null && Field == other.Field && Key == other.Key && IsNegated == other.IsNegated && _values.SequenceEqual(other._values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PolicyCondition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Field, Key, IsNegated, _values.Length);

    /// <summary>Returns the condition as text, such as <c>priority in [high, urgent]</c>; custom field and tag values are not shown in full.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var subject = Field == PolicyField.CustomField ? $"field '{Key}'" : FieldName(Field);
        return $"{subject} {(IsNegated ? "not in" : "in")} [{string.Join(", ", _values)}]";
    }

    internal static string PriorityText(Priority priority) => priority.ToString().ToLowerInvariant();

    internal static string FieldName(PolicyField field) => field switch
    {
        PolicyField.CustomerTier => "customer-tier",
        PolicyField.CustomField => "custom-field",
        _ => field.ToString().ToLowerInvariant(),
    };

    internal static string CustomFieldText(CustomFieldValue value) => value.Kind switch
    {
        CustomFieldKind.Text => value.AsText(),
        CustomFieldKind.Number => value.AsNumber().ToString(CultureInfo.InvariantCulture),
        CustomFieldKind.Boolean => value.AsBoolean() ? "true" : "false",
        _ => NodaTime.Text.LocalDatePattern.Iso.Format(value.AsDate()),
    };

    private static string[] Checked(IEnumerable<string> values)
    {
        Guard.Against.Null(values);
        return [.. values.Select(v => Guard.Against.NullOrWhiteSpace(v, nameof(values)))];
    }
}
