namespace CustomerService.Core.Tickets.Events;

/// <summary>What moved a ticket from one status to another (see <see cref="TicketStatusChanged"/>).</summary>
public enum StatusChangeTrigger
{
    /// <summary>An explicit status command: <c>ChangeStatus</c>, <c>Solve</c>, <c>Reopen</c> or <c>Close</c>.</summary>
    Command = 0,

    /// <summary>A customer message on a Pending or Solved ticket, which moves it back to Open.</summary>
    CustomerMessage = 1,

    /// <summary>An agent's reply or note on a New ticket, which moves it to Open.</summary>
    AgentMessage = 2,

    /// <summary>The ticket was merged into another one as a duplicate, which closes it.</summary>
    Merge = 3,
}
