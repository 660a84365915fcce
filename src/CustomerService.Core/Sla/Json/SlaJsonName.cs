using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Json;

/// <summary>The names an enum's values have in the policy JSON format, such as <c>on-hold</c> for <see cref="TicketStatus.OnHold"/>.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class SlaJsonName<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _names;

    public SlaJsonName(string noun, params (T Value, string Name)[] names)
    {
        Noun = noun;
        _names = names;
    }

    /// <summary>Gets what a value is called in messages: "priority", "trigger event".</summary>
    public string Noun { get; }

    /// <summary>Gets the names in the order the documentation lists them, for messages: "low, normal, high or urgent".</summary>
    public string Choices =>
        string.Join(", ", _names[..^1].Select(n => n.Name)) + (_names.Length > 1 ? " or " : string.Empty) + _names[^1].Name;

    /// <summary>Gets the name of <paramref name="value"/>.</summary>
    public string Of(T value) => Array.Find(_names, n => EqualityComparer<T>.Default.Equals(n.Value, value)).Name
        ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {Noun}.");

    /// <summary>Finds the value named <paramref name="name"/> (case-sensitive).</summary>
    public bool TryParse(string name, out T value)
    {
        foreach (var (candidate, text) in _names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>The names of every enum the policy JSON format uses, shared by its reader and its writer.</summary>
internal static class SlaJsonNames
{
    public static SlaJsonName<SlaRetargeting> Retargeting { get; } = new(
        "retargeting option",
        (SlaRetargeting.RecomputeFromStart, "recompute-from-start"),
        (SlaRetargeting.KeepElapsed, "keep-elapsed"),
        (SlaRetargeting.Restart, "restart"));

    public static SlaJsonName<SlaPolicyKind> Kind { get; } = new(
        "policy kind", (SlaPolicyKind.Sla, "sla"), (SlaPolicyKind.Ola, "ola"), (SlaPolicyKind.Contract, "contract"));

    public static SlaJsonName<PolicyMatch> Match { get; } = new("match", (PolicyMatch.All, "all"), (PolicyMatch.Any, "any"));

    public static SlaJsonName<PolicyField> Field { get; } = new(
        "condition field",
        [.. Enum.GetValues<PolicyField>().Select(f => (f, PolicyCondition.FieldName(f)))]);

    public static SlaJsonName<SlaHoursMode> Hours { get; } = new(
        "hours mode", (SlaHoursMode.Business, "business"), (SlaHoursMode.Calendar, "calendar"));

    public static SlaJsonName<Priority> Priority { get; } = new(
        "priority",
        [.. Enum.GetValues<Priority>().Select(p => (p, PolicyCondition.PriorityText(p)))]);

    public static SlaJsonName<TicketStatus> Status { get; } = new(
        "status",
        (TicketStatus.New, "new"),
        (TicketStatus.Open, "open"),
        (TicketStatus.Pending, "pending"),
        (TicketStatus.OnHold, "on-hold"),
        (TicketStatus.Solved, "solved"),
        (TicketStatus.Closed, "closed"));

    public static SlaJsonName<AuthorKind> Author { get; } = new(
        "author", (AuthorKind.Customer, "customer"), (AuthorKind.Agent, "agent"), (AuthorKind.System, "system"));

    public static SlaJsonName<SlaTriggerKind> Trigger { get; } = new(
        "trigger event",
        (SlaTriggerKind.TicketOpened, "ticket-opened"),
        (SlaTriggerKind.MessageAdded, "message"),
        (SlaTriggerKind.FirstPublicMessage, "first-public-message"),
        (SlaTriggerKind.StatusEntered, "status-entered"),
        (SlaTriggerKind.StatusLeft, "status-left"),
        (SlaTriggerKind.Reopened, "reopened"),
        (SlaTriggerKind.PolicyPauseEntered, "policy-pause-entered"),
        (SlaTriggerKind.PolicyPauseLeft, "policy-pause-left"),
        (SlaTriggerKind.PriorityChanged, "priority-changed"),
        (SlaTriggerKind.GroupAssigned, "group-assigned"),
        (SlaTriggerKind.CustomFieldChanged, "custom-field-changed"),
        (SlaTriggerKind.MergedIntoAnother, "merged"));
}
