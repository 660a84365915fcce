using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// The instants the contract's aggregates use: whole minutes from Monday 2025-03-10 09:00 UTC, so a
/// store that keeps instants to the second (or the millisecond) keeps them exactly.
/// </summary>
internal static class ContractTime
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 10, 9, 0);

    /// <summary>An instant long after everything the contract stores, for "never due" questions.</summary>
    public static readonly Instant FarFuture = Instant.FromUtc(2100, 1, 1, 0, 0);

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);
}

/// <summary>Names the aggregates a clause made, so a report says "early, late" rather than two GUIDs.</summary>
/// <typeparam name="TId">The aggregates' id.</typeparam>
internal sealed class Labels<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, string> _names = [];

    public TId Name(TId id, string name)
    {
        _names[id] = name;
        return id;
    }

    public string Of(IEnumerable<TId> ids)
    {
        var names = ids.Select(id => _names.TryGetValue(id, out var name) ? name : $"another ({id})").ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
