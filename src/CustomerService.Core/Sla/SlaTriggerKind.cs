namespace CustomerService.Core.Sla;

/// <summary>The kinds of ticket event an <see cref="SlaTrigger"/> reacts to.</summary>
public enum SlaTriggerKind
{
    /// <summary>The ticket was opened (<c>TicketOpened</c>).</summary>
    TicketOpened = 0,

    /// <summary>A message was added (<c>MessageAdded</c>), filtered by author and visibility.</summary>
    MessageAdded = 1,

    /// <summary>The first public message of the ticket by the customer or an agent was added (automated messages do not count).</summary>
    FirstPublicMessage = 2,

    /// <summary>The status changed into one of a set of statuses.</summary>
    StatusEntered = 3,

    /// <summary>The status changed out of one of a set of statuses.</summary>
    StatusLeft = 4,

    /// <summary>The status changed out of Solved into an open status (not Closed): the ticket was reopened.</summary>
    Reopened = 5,

    /// <summary>The status changed into one of the policy's pause statuses (Resolution's pause set).</summary>
    PolicyPauseEntered = 6,

    /// <summary>The status changed out of the policy's pause statuses into a status outside them.</summary>
    PolicyPauseLeft = 7,

    /// <summary>The priority changed.</summary>
    PriorityChanged = 8,

    /// <summary>The ticket was assigned to another group.</summary>
    GroupAssigned = 9,

    /// <summary>A custom field was set or removed.</summary>
    CustomFieldChanged = 10,

    /// <summary>The ticket was merged into another ticket.</summary>
    MergedIntoAnother = 11,
}
