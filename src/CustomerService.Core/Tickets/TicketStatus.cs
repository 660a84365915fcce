namespace CustomerService.Core.Tickets;

/// <summary>
/// Where a ticket is in its life. See <c>docs/tickets.md</c> for the diagram and the full table of
/// which command moves a ticket from which status to which.
/// </summary>
public enum TicketStatus
{
    /// <summary>Received; no agent has worked on it yet. A ticket never returns to New.</summary>
    New = 0,

    /// <summary>An agent is working on it: the next move is the support team's.</summary>
    Open = 1,

    /// <summary>Waiting on the customer (for an answer or information). A customer message moves it back to Open.</summary>
    Pending = 2,

    /// <summary>Waiting on another team or a vendor, not on the customer.</summary>
    OnHold = 3,

    /// <summary>An agent has given a solution. The customer can still reopen it by replying; the host closes it later.</summary>
    Solved = 4,

    /// <summary>Finished for good: nothing can change a closed ticket (a follow-up is a new ticket).</summary>
    Closed = 5,
}
