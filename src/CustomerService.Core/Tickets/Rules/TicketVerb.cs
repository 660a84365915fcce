namespace CustomerService.Core.Tickets.Rules;

/// <summary>Every command of a ticket, as the lifecycle table sees it (one row each).</summary>
internal enum TicketVerb
{
    AddCustomerMessage,
    AddAgentMessage,
    AddSystemMessage,
    ChangeStatusToNew,
    ChangeStatusToOpen,
    ChangeStatusToPending,
    ChangeStatusToOnHold,
    Solve,
    Reopen,
    Close,
    ChangePriority,
    Assign,
    ChangeTags,
    ChangeCustomFields,
    ChangeCategory,
    MergeInto,
    AbsorbDuplicate,
}
