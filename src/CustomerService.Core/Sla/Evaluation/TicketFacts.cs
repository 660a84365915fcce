using System.Collections.Generic;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>The ticket's attributes as the replay has reached them: what policy conditions and triggers look at.</summary>
internal sealed class TicketFacts
{
    private static readonly HashSet<string> NoTags = [];

    public TicketStatus Status { get; set; }

    public Priority Priority { get; set; }

    public string Channel { get; set; } = string.Empty;

    public GroupId? Group { get; set; }

    public IReadOnlySet<string> Tags { get; set; } = NoTags;

    public Dictionary<string, CustomFieldValue>? CustomFields { get; set; }

    public CustomerTier Tier { get; set; }

    public AuthorKind OpenedBy { get; set; }

    /// <summary>Public messages by the customer or an agent (automated messages do not count).</summary>
    public int PublicMessages { get; set; }

    public int PublicAgentReplies { get; set; }

    public void Reset(CustomerTier tier)
    {
        Status = TicketStatus.New;
        Priority = Priority.Normal;
        Channel = string.Empty;
        Group = null;
        Tags = NoTags;
        CustomFields?.Clear();
        Tier = tier;
        OpenedBy = AuthorKind.Customer;
        PublicMessages = 0;
        PublicAgentReplies = 0;
    }
}
