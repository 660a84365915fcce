using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.Kpis;

/// <summary>
/// The result of a <see cref="KpiAccumulator"/>: the overall KPIs and those of every group of every
/// grouping in the options. Immutable: adding to the accumulator afterwards does not change it.
/// </summary>
public sealed class KpiReport : IEquatable<KpiReport>
{
    private readonly KpiGroup[] _groups;
    private readonly Dictionary<KpiGroupKey, KpiFigures> _byKey;

    internal KpiReport(KpiOptions options, KpiFigures overall, KpiGroup[] groups)
    {
        Options = options;
        Overall = overall;
        _groups = groups;
        _byKey = groups.ToDictionary(g => g.Key, g => g.Figures);
    }

    /// <summary>Gets the options the KPIs were computed with.</summary>
    public KpiOptions Options { get; }

    /// <summary>Gets the KPIs of everything added.</summary>
    public KpiFigures Overall { get; }

    /// <summary>Gets every group that counted anything, ordered by key (by dimensions, then agent, group, channel, priority, tier and period, none first).</summary>
    public IReadOnlyList<KpiGroup> Groups => _groups;

    /// <summary>Returns the KPIs of one group.</summary>
    /// <param name="key">The group's key.</param>
    /// <returns>The figures, or <see langword="null"/> when nothing was counted in that group.</returns>
    public KpiFigures? Find(KpiGroupKey key) => _byKey.GetValueOrDefault(key);

    /// <summary>Returns the groups of one grouping, ordered by key.</summary>
    /// <param name="grouping">The grouping's dimensions, as given in <see cref="KpiOptions.Groupings"/>.</param>
    /// <returns>The groups.</returns>
    public IEnumerable<KpiGroup> GroupsOf(KpiDimensions grouping) => _groups.Where(g => g.Key.Dimensions == grouping);

    /// <inheritdoc/>
    public bool Equals(KpiReport? other) =>
        other is not null && Options.Equals(other.Options) && Overall.Equals(other.Overall) && _groups.AsSpan().SequenceEqual(other._groups);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Overall, _groups.Length);

    /// <summary>Summarizes the report: the overall figures and the number of groups.</summary>
    /// <returns>The text; counts only.</returns>
    public override string ToString() => $"{Overall}; {_groups.Length} groups";
}
