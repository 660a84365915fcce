using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Testing.Scenarios;

/// <content>
/// The story's verbs, each at <see cref="Now"/>, each a real ticket command: messages say who wrote them, changes say
/// what happened to the ticket. A verb the ticket rejects throws its <see cref="DomainRuleViolationException"/> and
/// leaves the scenario unchanged.
/// </content>
public sealed partial class TicketScenario
{
    /// <summary>The customer writes: their first message, more information, or a reply that reopens a solved ticket.</summary>
    /// <returns>The scenario with the message added.</returns>
    /// <remarks>On a Pending or Solved ticket the ticket also moves back to Open (a reopen, from Solved), as help desks do.</remarks>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario CustomerWrites() =>
        Then("customer writes", static (t, at) => t.AddCustomerMessage("Customer message", at));

    /// <summary>An agent replies in public: this stops FirstReply, NextReply and the update metrics.</summary>
    /// <param name="agent">The agent; <see langword="null"/> for the story's <see cref="Agent"/>.</param>
    /// <returns>The scenario with the reply added.</returns>
    /// <remarks>On a New ticket the ticket also moves to Open; other statuses are kept.</remarks>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario AgentReplies(AgentId? agent = null)
    {
        var by = agent ?? Agent;
        return Then("agent replies", (t, at) => t.AddAgentReply(by, "Agent reply", isPublic: true, at));
    }

    /// <summary>An agent replies in public asking the customer for more, and sets the ticket Pending (waiting on the customer).</summary>
    /// <param name="agent">The agent; <see langword="null"/> for the story's <see cref="Agent"/>.</param>
    /// <returns>The scenario with the reply added and the ticket Pending.</returns>
    /// <remarks>On a ticket already Pending the reply is added and the ticket stays Pending.</remarks>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, or <see cref="TicketErrors.IllegalTransition"/> on a Solved ticket.</exception>
    public TicketScenario AgentAsksForMore(AgentId? agent = null)
    {
        var by = agent ?? Agent;
        return Then("agent asks for more (reply, then Pending)", (t, at) =>
        {
            t.AddAgentReply(by, "Agent asking for more information", isPublic: true, at);
            if (t.Status != TicketStatus.Pending)
            {
                t.ChangeStatus(TicketStatus.Pending, at);
            }
        });
    }

    /// <summary>An agent adds an internal note, which the customer does not see and no reply metric counts.</summary>
    /// <param name="agent">The agent; <see langword="null"/> for the story's <see cref="Agent"/>.</param>
    /// <returns>The scenario with the note added.</returns>
    /// <remarks>On a New ticket the ticket also moves to Open.</remarks>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario AgentAddsInternalNote(AgentId? agent = null)
    {
        var by = agent ?? Agent;
        return Then("agent adds an internal note", (t, at) => t.AddAgentReply(by, "Internal note", isPublic: false, at));
    }

    /// <summary>Automation answers in public (an auto-reply, a bot): it never counts as an agent reply and never changes the status.</summary>
    /// <returns>The scenario with the message added.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario AutomationReplies() =>
        Then("automation replies", static (t, at) => t.AddSystemMessage("Automated reply", isPublic: true, at));

    /// <summary>The ticket is set Pending: waiting on the customer (Resolution, RequesterWaitTime and PausableUpdate pause by default).</summary>
    /// <returns>The scenario with the ticket Pending.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.StatusUnchanged"/>, <see cref="TicketErrors.IllegalTransition"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario MarkedPending() => StatusChangedTo(TicketStatus.Pending);

    /// <summary>The ticket is put on hold: waiting on another team or a vendor, not on the customer (AgentWorkTime pauses).</summary>
    /// <returns>The scenario with the ticket OnHold.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.StatusUnchanged"/>, <see cref="TicketErrors.IllegalTransition"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario PutOnHold() => StatusChangedTo(TicketStatus.OnHold);

    /// <summary>The ticket's status changes, as the ticket's lifecycle allows (Open from Pending or OnHold resumes work; Open from Solved is a reopen).</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The scenario with the status changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="TicketErrors.IllegalTransition"/>, <see cref="TicketErrors.StatusUnchanged"/>, <see cref="TicketErrors.NotSolved"/>
    /// (to Closed) or <see cref="TicketErrors.Closed"/>.
    /// </exception>
    public TicketScenario StatusChangedTo(TicketStatus status) =>
        Then($"status changed to {status}", (t, at) => t.ChangeStatus(status, at));

    /// <summary>The ticket is solved: stops Resolution, RequesterWaitTime and AgentWorkTime, and cancels reply metrics still running.</summary>
    /// <returns>The scenario with the ticket Solved.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.StatusUnchanged"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Solved() => Then("solved", static (t, at) => t.Solve(at));

    /// <summary>The solved ticket is reopened: Resolution goes on with the time already used.</summary>
    /// <returns>The scenario with the ticket Open again.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.NotSolved"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Reopened() => Then("reopened", static (t, at) => t.Reopen(at));

    /// <summary>The solved ticket is closed for good: every later verb is rejected with <see cref="TicketErrors.Closed"/>.</summary>
    /// <returns>The scenario with the ticket Closed.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.NotSolved"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Closed() => Then("closed", static (t, at) => t.Close(at));

    /// <summary>The ticket is merged as a duplicate into another ticket and closed: every clock still running is cancelled.</summary>
    /// <param name="into">The ticket it is merged into; <see langword="null"/> for a new id.</param>
    /// <returns>The scenario with the ticket merged and Closed.</returns>
    /// <exception cref="ArgumentException"><paramref name="into"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.MergeIntoSelf"/> or <see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario MergedAsDuplicate(TicketId? into = null)
    {
        var target = into ?? TicketId.New();
        return Then($"merged as a duplicate into ticket {target}", (t, at) => t.MergeInto(target, at));
    }

    /// <summary>The ticket's priority changes: the targets in force change, as the policy set's retargeting option says.</summary>
    /// <param name="priority">The new priority.</param>
    /// <returns>The scenario with the priority changed (nothing is recorded if it already has it).</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not defined.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario PriorityChangedTo(Priority priority) =>
        Then($"priority changed to {priority}", (t, at) => t.ChangePriority(priority, at));

    /// <summary>The ticket is assigned to an agent, keeping its group.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The scenario with the assignment changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario AssignedTo(AgentId agent) =>
        Then($"assigned to agent {agent}", (t, at) => t.AssignTo(agent, at));

    /// <summary>The ticket is assigned to an agent in a group: group conditions and the group's calendar apply from here.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="group">The group.</param>
    /// <returns>The scenario with the assignment changed.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario AssignedTo(AgentId agent, GroupId group) =>
        Then($"assigned to agent {agent} in group {group}", (t, at) => t.AssignTo(agent, group, at));

    /// <summary>The ticket moves to a group's queue (its agent is cleared): group conditions and the group's calendar apply from here.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The scenario with the assignment changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario MovedToGroup(GroupId group) =>
        Then($"moved to group {group}", (t, at) => t.AssignToGroup(group, at));

    /// <summary>The ticket's agent is cleared; its group is kept.</summary>
    /// <returns>The scenario with the assignment changed.</returns>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Unassigned() => Then("unassigned", static (t, at) => t.Unassign(at));

    /// <summary>Tags are added to the ticket (tags it has are ignored): tag conditions may select another policy.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The scenario with the tags added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not valid.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Tagged(params string[] tags)
    {
        ImmutableArray<string> added = [.. Guard.Against.Null(tags)];
        return Then($"tagged {string.Join(", ", added)}", (t, at) => t.AddTags(added, at));
    }

    /// <summary>Tags are removed from the ticket (tags it lacks are ignored).</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The scenario with the tags removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not valid.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario Untagged(params string[] tags)
    {
        ImmutableArray<string> removed = [.. Guard.Against.Null(tags)];
        return Then($"untagged {string.Join(", ", removed)}", (t, at) => t.RemoveTags(removed, at));
    }

    /// <summary>A custom field is set: custom-field conditions may select another policy, and custom metrics may start or stop.</summary>
    /// <param name="key">The field's key.</param>
    /// <param name="value">The value (not shown in the story's text: it may be personal data).</param>
    /// <returns>The scenario with the field set.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario CustomFieldSet(string key, CustomFieldValue value)
    {
        Guard.Against.Null(key);
        Guard.Against.Null(value);
        return Then($"custom field '{key}' set", (t, at) => t.SetCustomField(key, value, at));
    }

    /// <summary>A custom field is removed.</summary>
    /// <param name="key">The field's key.</param>
    /// <returns>The scenario with the field removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>.</exception>
    public TicketScenario CustomFieldRemoved(string key)
    {
        Guard.Against.Null(key);
        return Then($"custom field '{key}' removed", (t, at) => t.RemoveCustomField(key, at));
    }
}
