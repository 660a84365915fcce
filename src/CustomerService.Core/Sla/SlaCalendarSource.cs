namespace CustomerService.Core.Sla;

/// <summary>Which link of the calendar chain (SLA-SEMANTICS §3) gave a target its calendar.</summary>
public enum SlaCalendarSource
{
    /// <summary>The target counts calendar hours (24/7); no business calendar applies.</summary>
    AlwaysOpen = 0,

    /// <summary>The target's own calendar.</summary>
    Target = 1,

    /// <summary>The calendar of the group the ticket was assigned to.</summary>
    Group = 2,

    /// <summary>The calendar of the customer's entitlement.</summary>
    Customer = 3,

    /// <summary>The policy's calendar.</summary>
    Policy = 4,

    /// <summary>The policy set's default calendar.</summary>
    Default = 5,
}
