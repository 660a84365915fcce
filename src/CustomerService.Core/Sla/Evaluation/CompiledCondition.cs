using System;
using System.Linq;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>A <see cref="PolicyCondition"/> turned into the cheapest test of its field.</summary>
internal sealed class CompiledCondition
{
    private readonly int _priorityMask;
    private readonly string[] _values;
    private readonly GroupId[] _groups;

    public CompiledCondition(PolicyCondition condition)
    {
        Condition = condition;
        _values = [.. condition.Values];
        _priorityMask = Enum.GetValues<Priority>()
            .Where(p => _values.Contains(PolicyCondition.PriorityText(p)))
            .Aggregate(0, (mask, p) => mask | (1 << (int)p));
        _groups = [.. _values.Select(v => GroupId.TryParse(v, out var g) ? g : default).Where(g => g != default)];
    }

    public PolicyCondition Condition { get; }

    public bool Holds(TicketFacts facts) => Test(facts) != Condition.IsNegated;

    private bool Test(TicketFacts facts) => Condition.Field switch
    {
        PolicyField.Priority => (_priorityMask & (1 << (int)facts.Priority)) != 0,
        PolicyField.Channel => Array.IndexOf(_values, facts.Channel) >= 0,
        PolicyField.CustomerTier => Array.IndexOf(_values, facts.Tier.Name) >= 0,
        PolicyField.Group => facts.Group is GroupId g && Array.IndexOf(_groups, g) >= 0,
        PolicyField.Tag => _values.Any(facts.Tags.Contains),
        _ => facts.CustomFields is { } fields
            && fields.TryGetValue(Condition.Key!, out var value)
            && Array.IndexOf(_values, PolicyCondition.CustomFieldText(value)) >= 0,
    };
}
