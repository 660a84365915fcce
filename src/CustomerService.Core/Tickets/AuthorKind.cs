namespace CustomerService.Core.Tickets;

/// <summary>Who wrote a message on a ticket, or who opened it.</summary>
public enum AuthorKind
{
    /// <summary>The customer (the ticket's requester).</summary>
    Customer = 0,

    /// <summary>A human agent of the support team.</summary>
    Agent = 1,

    /// <summary>
    /// Automation: bots, triggers, auto-replies. System messages never count as agent replies for SLA
    /// metrics or KPIs.
    /// </summary>
    System = 2,
}
