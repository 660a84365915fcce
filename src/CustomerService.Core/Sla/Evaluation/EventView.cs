using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>The types of ticket event the replay reads.</summary>
internal enum EventType : byte
{
    Other,
    Opened,
    Message,
    Status,
    Priority,
    Assignment,
    Tags,
    CustomField,
    Merged,
}

/// <summary>One history event reduced to what triggers test, with the ticket's facts just before it.</summary>
/// <remarks>
/// The small fields are packed into one word, so that a view travels in two registers: built field by field on the stack
/// and then copied whole, it stalled the processor on every event.
/// </remarks>
internal readonly struct EventView
{
    private const int AfterFirstReplyFlag = 1;
    private const int PublicFlag = 2;
    private const int FirstPublicFlag = 4;
    private const int GroupChangedFlag = 8;

    private const int Authors = (int)AuthorKind.System + 1;
    private const int Statuses = (int)TicketStatus.Closed + 1;
    private const int MessageSignatures = Authors * 2;
    private const int StatusSignatures = Statuses * Statuses;
    private const int NoSignature = 0xFF;

    // A byte each for Kind, OpenedBy, Author, From and To, then the flags, then the signature index.
    private readonly long _bits;

    public EventView(
        SlaTriggerKind kind,
        AuthorKind openedBy,
        bool afterFirstReply,
        AuthorKind author = default,
        bool isPublic = false,
        bool isFirstPublic = false,
        TicketStatus from = default,
        TicketStatus to = default,
        bool groupChanged = false,
        string? fieldKey = null)
    {
        var flags = (afterFirstReply ? AfterFirstReplyFlag : 0) | (isPublic ? PublicFlag : 0) | (isFirstPublic ? FirstPublicFlag : 0) | (groupChanged ? GroupChangedFlag : 0);
        var signature = kind switch
        {
            SlaTriggerKind.MessageAdded => ((int)author * 2) + (isPublic ? 1 : 0),
            SlaTriggerKind.StatusEntered => MessageSignatures + ((int)from * Statuses) + (int)to,
            < 0 => NoSignature,
            _ => MessageSignatures + StatusSignatures + (int)kind,
        };
        _bits = (byte)kind | ((long)(byte)openedBy << 8) | ((long)(byte)author << 16) | ((long)(byte)from << 24) | ((long)(byte)to << 32) | ((long)flags << 40) | ((long)signature << 48);
        FieldKey = fieldKey;
    }

    /// <summary>The event's family: TicketOpened, MessageAdded, StatusEntered (any status change), PriorityChanged, GroupAssigned, CustomFieldChanged, MergedIntoAnother, or -1.</summary>
    public SlaTriggerKind Kind => (SlaTriggerKind)(sbyte)_bits;

    public AuthorKind OpenedBy => (AuthorKind)(byte)(_bits >> 8);

    public bool AfterFirstReply => Has(AfterFirstReplyFlag);

    public AuthorKind Author => (AuthorKind)(byte)(_bits >> 16);

    public bool IsPublic => Has(PublicFlag);

    public bool IsFirstPublic => Has(FirstPublicFlag);

    public TicketStatus From => (TicketStatus)(byte)(_bits >> 24);

    public TicketStatus To => (TicketStatus)(byte)(_bits >> 32);

    public bool GroupChanged => Has(GroupChangedFlag);

    public string? FieldKey { get; }

    /// <summary>
    /// Gets the event's signature, one of 54: a message's by its author and visibility, a status change's by its two
    /// statuses, another event's by its family; -1 for an event no trigger reads.
    /// </summary>
    public int SignatureIndex => (byte)(_bits >> 48) is var index && index != NoSignature ? index : -1;

    /// <summary>Gets <see cref="SignatureIndex"/> as a bit of a set of signatures.</summary>
    public ulong Signature => (byte)(_bits >> 48) is var index && index != NoSignature ? 1UL << index : 0;

    /// <summary>
    /// The signatures of the events on which one of <paramref name="triggers"/> can fire, with any of <paramref name="pauseMasks"/>:
    /// found by trying every view of each signature with every value of the facts it does not fix, so with <see cref="Matches"/> itself.
    /// </summary>
    public static ulong Signatures(IReadOnlyCollection<SlaTrigger> triggers, IReadOnlyCollection<int> pauseMasks)
    {
        var signatures = 0UL;
        foreach (var view in AllViews())
        {
            foreach (var trigger in triggers)
            {
                // A custom field trigger for one key is taken as firing on every key: the signature does not hold the key.
                var fires = trigger.Kind == SlaTriggerKind.CustomFieldChanged
                    ? view.Kind == SlaTriggerKind.CustomFieldChanged
                    : pauseMasks.Any(mask => view.Matches(trigger, mask));
                if (fires)
                {
                    signatures |= view.Signature;
                }
            }
        }

        return signatures;
    }

    /// <summary>A view of every signature with every value of the facts a signature leaves open.</summary>
    private static IEnumerable<EventView> AllViews()
    {
        bool[] both = [false, true];
        var authors = Enum.GetValues<AuthorKind>();
        var statuses = Enum.GetValues<TicketStatus>();
        foreach (var openedBy in authors)
        {
            foreach (var afterFirstReply in both)
            {
                foreach (var kind in Enum.GetValues<SlaTriggerKind>())
                {
                    yield return new(kind, openedBy, afterFirstReply, groupChanged: true);
                }

                foreach (var author in authors)
                {
                    foreach (var isPublic in both)
                    {
                        // Only a public message by the customer or an agent can be the first public one (as Read finds it).
                        yield return new(SlaTriggerKind.MessageAdded, openedBy, afterFirstReply, author, isPublic);
                        if (isPublic && author != AuthorKind.System)
                        {
                            yield return new(SlaTriggerKind.MessageAdded, openedBy, afterFirstReply, author, isPublic, isFirstPublic: true);
                        }
                    }
                }

                foreach (var before in statuses)
                {
                    foreach (var after in statuses)
                    {
                        yield return new(SlaTriggerKind.StatusEntered, openedBy, afterFirstReply, from: before, to: after);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The instant of <paramref name="e"/> and its <paramref name="type"/> (<see cref="EventType.Other"/> for a null event), read
    /// from the concrete type: the replay tests each event's type once, and an interface call per event costs more than the test.
    /// </summary>
    public static Instant TypeOf(ITicketEvent? e, out EventType type)
    {
        switch (e)
        {
            case MessageAdded added:
                type = EventType.Message;
                return added.OccurredAt;
            case TicketStatusChanged status:
                type = EventType.Status;
                return status.OccurredAt;
            case TicketOpened opened:
                type = EventType.Opened;
                return opened.OccurredAt;
            case PriorityChanged priority:
                type = EventType.Priority;
                return priority.OccurredAt;
            case AssignmentChanged assigned:
                type = EventType.Assignment;
                return assigned.OccurredAt;
            case TagsChanged tags:
                type = EventType.Tags;
                return tags.OccurredAt;
            case CustomFieldChanged field:
                type = EventType.CustomField;
                return field.OccurredAt;
            case TicketMergedInto merged:
                type = EventType.Merged;
                return merged.OccurredAt;
            case null:
                type = EventType.Other;
                return Instant.MinValue;
            default:
                type = EventType.Other;
                return e.OccurredAt;
        }
    }

    /// <summary>
    /// Reads <paramref name="e"/>, of <paramref name="type"/> (<see cref="TypeOf"/>), against the facts just before it and moves
    /// <paramref name="facts"/> past it; <paramref name="changed"/> tells which attributes that policies may test it changed
    /// (bits of <see cref="PolicyField"/>; all of them when the ticket opens).
    /// </summary>
    public static EventView Read(EventType type, ITicketEvent e, TicketFacts facts, out int changed)
    {
        var openedBy = facts.OpenedBy;
        var afterFirstReply = facts.PublicAgentReplies > 0;
        changed = 0;

        // The casts test the type found by TypeOf again, but only that one.
        switch (type)
        {
            case EventType.Opened:
                var opened = (TicketOpened)e;
                changed = -1;
                facts.Priority = opened.Priority;
                facts.Channel = opened.Channel.Name;
                facts.OpenedBy = opened.OpenedBy;
                return new(SlaTriggerKind.TicketOpened, opened.OpenedBy, afterFirstReply);
            case EventType.Message:
                var message = ((MessageAdded)e).Message;
                var counts = message.IsPublic && message.Author != AuthorKind.System;
                var first = counts && facts.PublicMessages == 0;
                if (counts)
                {
                    facts.PublicMessages++;
                    if (message.Author == AuthorKind.Agent)
                    {
                        facts.PublicAgentReplies++;
                    }
                }

                return new(SlaTriggerKind.MessageAdded, openedBy, afterFirstReply, author: message.Author, isPublic: message.IsPublic, isFirstPublic: first);
            case EventType.Status:
                var status = (TicketStatusChanged)e;
                facts.Status = status.To;
                return new(SlaTriggerKind.StatusEntered, openedBy, afterFirstReply, from: status.From, to: status.To);
            case EventType.Priority:
                changed = Bit(PolicyField.Priority);
                facts.Priority = ((PriorityChanged)e).To;
                return new(SlaTriggerKind.PriorityChanged, openedBy, afterFirstReply);
            case EventType.Assignment:
                var assigned = (AssignmentChanged)e;
                var moved = assigned.FromGroup != assigned.ToGroup;
                changed = moved ? Bit(PolicyField.Group) : 0;
                facts.Group = assigned.ToGroup;
                return new(SlaTriggerKind.GroupAssigned, openedBy, afterFirstReply, groupChanged: moved);
            case EventType.Tags:
                changed = Bit(PolicyField.Tag);
                facts.Tags = ((TagsChanged)e).To;
                return new((SlaTriggerKind)(-1), openedBy, afterFirstReply);
            case EventType.CustomField:
                var field = (CustomFieldChanged)e;
                changed = Bit(PolicyField.CustomField);
                facts.CustomFields ??= new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal);
                if (field.To is null)
                {
                    facts.CustomFields.Remove(field.Key);
                }
                else
                {
                    facts.CustomFields[field.Key] = field.To;
                }

                return new(SlaTriggerKind.CustomFieldChanged, openedBy, afterFirstReply, fieldKey: field.Key);
            case EventType.Merged:
                return new(SlaTriggerKind.MergedIntoAnother, openedBy, afterFirstReply);
            default:
                return new((SlaTriggerKind)(-1), openedBy, afterFirstReply);
        }
    }

    /// <summary>The bit of <paramref name="field"/> in a set of policy attributes.</summary>
    public static int Bit(PolicyField field) => 1 << (int)field;

    public bool Matches(SlaTrigger trigger, int policyPauseMask)
    {
        if ((trigger.OpenedBy is AuthorKind by && by != OpenedBy) || (trigger.AfterFirstReply && !AfterFirstReply))
        {
            return false;
        }

        return trigger.Kind switch
        {
            SlaTriggerKind.TicketOpened => Kind == SlaTriggerKind.TicketOpened,
            SlaTriggerKind.MessageAdded => Kind == SlaTriggerKind.MessageAdded
                && (trigger.Author is not AuthorKind author || author == Author)
                && (trigger.IsPublic is not bool visible || visible == IsPublic),
            SlaTriggerKind.FirstPublicMessage => Kind == SlaTriggerKind.MessageAdded && IsFirstPublic,
            SlaTriggerKind.StatusEntered => Kind == SlaTriggerKind.StatusEntered && Enters(trigger.StatusMask),
            SlaTriggerKind.StatusLeft => Kind == SlaTriggerKind.StatusEntered && Leaves(trigger.StatusMask),
            SlaTriggerKind.Reopened => Kind == SlaTriggerKind.StatusEntered && From == TicketStatus.Solved && To != TicketStatus.Closed,
            SlaTriggerKind.PolicyPauseEntered => Kind == SlaTriggerKind.StatusEntered && Enters(policyPauseMask),
            SlaTriggerKind.PolicyPauseLeft => Kind == SlaTriggerKind.StatusEntered && Leaves(policyPauseMask),
            SlaTriggerKind.PriorityChanged => Kind == SlaTriggerKind.PriorityChanged,
            SlaTriggerKind.GroupAssigned => Kind == SlaTriggerKind.GroupAssigned && GroupChanged,
            SlaTriggerKind.CustomFieldChanged => Kind == SlaTriggerKind.CustomFieldChanged && (trigger.FieldKey is null || trigger.FieldKey == FieldKey),
            SlaTriggerKind.MergedIntoAnother => Kind == SlaTriggerKind.MergedIntoAnother,
            _ => false,
        };
    }

    private bool Has(int flag) => ((_bits >> 40) & flag) != 0;

    private static bool In(int mask, TicketStatus status) => (mask & (1 << (int)status)) != 0;

    /// <summary>Whether the change moves into <paramref name="mask"/> from outside it.</summary>
    private bool Enters(int mask) => In(mask, To) && !In(mask, From);

    /// <summary>Whether the change moves out of <paramref name="mask"/> to a status outside it.</summary>
    private bool Leaves(int mask) => In(mask, From) && !In(mask, To);
}
