using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <content>Attributes: priority, assignment, tags, custom fields, category.</content>
public sealed partial class Ticket
{
    /// <summary>Gets a value indicating whether <see cref="ChangePriority"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanChangePriority(Instant at) => Check(TicketVerb.ChangePriority, at) is null;

    /// <summary>Changes the priority; records nothing if it is already <paramref name="priority"/>.</summary>
    /// <param name="priority">The new priority.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not defined, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void ChangePriority(Priority priority, Instant at)
    {
        Guard.Against.EnumOutOfRange(priority);
        Require(TicketVerb.ChangePriority, at);
        if (priority != Priority)
        {
            Record(new PriorityChanged(Id, Priority, priority, at));
        }
    }

    /// <summary>Gets a value indicating whether the assignment commands would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanAssign(Instant at) => Check(TicketVerb.Assign, at) is null;

    /// <summary>Assigns the ticket to an agent, keeping its group.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AssignTo(AgentId agentId, Instant at) => ChangeAssignment(Guard.Against.Default(agentId), GroupId, at);

    /// <summary>Assigns the ticket to an agent in a group.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="groupId">The group (department).</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException">An id is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AssignTo(AgentId agentId, GroupId groupId, Instant at) =>
        ChangeAssignment(Guard.Against.Default(agentId), Guard.Against.Default(groupId), at);

    /// <summary>Moves the ticket to a group's queue: the group is set and the agent cleared.</summary>
    /// <param name="groupId">The group (department).</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AssignToGroup(GroupId groupId, Instant at) => ChangeAssignment(null, Guard.Against.Default(groupId), at);

    /// <summary>Clears the agent, keeping the group.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void Unassign(Instant at) => ChangeAssignment(null, GroupId, at);

    /// <summary>Gets a value indicating whether <see cref="AddTags"/> and <see cref="RemoveTags"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanChangeTags(Instant at) => Check(TicketVerb.ChangeTags, at) is null;

    /// <summary>Adds tags (stored in lower case); tags already there are ignored.</summary>
    /// <param name="tags">The tags: 1 to 64 ASCII letters (any case), digits, <c>-</c> or <c>_</c>, starting with a letter.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not valid, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AddTags(IEnumerable<string> tags, Instant at) =>
        ChangeTags(_tags.Union(TicketLabel.NormalizeAll(tags, nameof(tags), "tag")), at);

    /// <summary>Removes tags (compared in lower case); tags not there are ignored.</summary>
    /// <param name="tags">The tags, with the same rule as <see cref="AddTags"/>.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not valid, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void RemoveTags(IEnumerable<string> tags, Instant at) =>
        ChangeTags(_tags.Except(TicketLabel.NormalizeAll(tags, nameof(tags), "tag")), at);

    /// <summary>Gets a value indicating whether <see cref="SetCustomField"/> and <see cref="RemoveCustomField"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanChangeCustomFields(Instant at) => Check(TicketVerb.ChangeCustomFields, at) is null;

    /// <summary>Sets a custom field; records nothing if it already has an equal value.</summary>
    /// <param name="key">The field's key, a label like a tag (stored in lower case).</param>
    /// <param name="value">The value.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not valid, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void SetCustomField(string key, CustomFieldValue value, Instant at) =>
        ChangeCustomField(TicketLabel.Normalize(key, nameof(key), "custom field key"), Guard.Against.Null(value), at);

    /// <summary>Removes a custom field; records nothing if it is not set.</summary>
    /// <param name="key">The field's key.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not valid, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void RemoveCustomField(string key, Instant at) =>
        ChangeCustomField(TicketLabel.Normalize(key, nameof(key), "custom field key"), null, at);

    /// <summary>Gets a value indicating whether <see cref="ChangeCategory"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanChangeCategory(Instant at) => Check(TicketVerb.ChangeCategory, at) is null;

    /// <summary>Sets the category (the ticket's host-defined type, such as <c>billing</c>), or clears it with <see langword="null"/>.</summary>
    /// <param name="category">The category, a label like a tag (stored in lower case), or <see langword="null"/> for none.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException">The category is not valid, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void ChangeCategory(string? category, Instant at)
    {
        var to = category is null ? null : TicketLabel.Normalize(category, nameof(category), "category");
        Require(TicketVerb.ChangeCategory, at);
        if (to != Category)
        {
            Record(new CategoryChanged(Id, Category, to, at));
        }
    }

    private void ChangeAssignment(AgentId? agentId, GroupId? groupId, Instant at)
    {
        Require(TicketVerb.Assign, at);
        if (agentId != AssigneeId || groupId != GroupId)
        {
            Record(new AssignmentChanged(Id, AssigneeId, GroupId, agentId, groupId, at));
        }
    }

    private void ChangeTags(ImmutableSortedSet<string> to, Instant at)
    {
        Require(TicketVerb.ChangeTags, at);
        if (!to.SetEquals(_tags))
        {
            Record(new TagsChanged(Id, _tags, to, at));
        }
    }

    private void ChangeCustomField(string key, CustomFieldValue? value, Instant at)
    {
        Require(TicketVerb.ChangeCustomFields, at);
        var from = _customFields.GetValueOrDefault(key);
        if (from != value)
        {
            Record(new CustomFieldChanged(Id, key, from, value, at));
        }
    }
}
