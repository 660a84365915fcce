using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>One history event reduced to what triggers test, with the ticket's facts just before it.</summary>
internal readonly struct EventView
{
    public EventView(ITicketEvent e, TicketFacts before)
    {
        Event = e;
        OpenedBy = before.OpenedBy;
        AfterFirstReply = before.PublicAgentReplies > 0;
        switch (e)
        {
            case TicketOpened opened:
                Kind = SlaTriggerKind.TicketOpened;
                OpenedBy = opened.OpenedBy;
                break;
            case MessageAdded added:
                Kind = SlaTriggerKind.MessageAdded;
                Author = added.Message.Author;
                IsPublic = added.Message.IsPublic;
                IsFirstPublic = IsPublic && Author != AuthorKind.System && before.PublicMessages == 0;
                break;
            case TicketStatusChanged changed:
                Kind = SlaTriggerKind.StatusEntered;
                From = changed.From;
                To = changed.To;
                break;
            case PriorityChanged:
                Kind = SlaTriggerKind.PriorityChanged;
                break;
            case AssignmentChanged assigned:
                Kind = SlaTriggerKind.GroupAssigned;
                GroupChanged = assigned.FromGroup != assigned.ToGroup;
                break;
            case CustomFieldChanged field:
                Kind = SlaTriggerKind.CustomFieldChanged;
                FieldKey = field.Key;
                break;
            case TicketMergedInto:
                Kind = SlaTriggerKind.MergedIntoAnother;
                break;
            default:
                Kind = (SlaTriggerKind)(-1);
                break;
        }
    }

    public ITicketEvent Event { get; }

    /// <summary>The event's family: TicketOpened, MessageAdded, StatusEntered (any status change), PriorityChanged, GroupAssigned, CustomFieldChanged, MergedIntoAnother, or -1.</summary>
    public SlaTriggerKind Kind { get; }

    public AuthorKind OpenedBy { get; }

    public bool AfterFirstReply { get; }

    public AuthorKind Author { get; }

    public bool IsPublic { get; }

    public bool IsFirstPublic { get; }

    public TicketStatus From { get; }

    public TicketStatus To { get; }

    public bool GroupChanged { get; }

    public string? FieldKey { get; }

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

    private static bool In(int mask, TicketStatus status) => (mask & (1 << (int)status)) != 0;

    /// <summary>Whether the change moves into <paramref name="mask"/> from outside it.</summary>
    private bool Enters(int mask) => In(mask, To) && !In(mask, From);

    /// <summary>Whether the change moves out of <paramref name="mask"/> to a status outside it.</summary>
    private bool Leaves(int mask) => In(mask, From) && !In(mask, To);
}
