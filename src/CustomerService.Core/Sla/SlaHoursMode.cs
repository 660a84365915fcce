namespace CustomerService.Core.Sla;

/// <summary>Which hours a target's clock counts.</summary>
public enum SlaHoursMode
{
    /// <summary>Only the open time of a business calendar (chosen by the chain in SLA-SEMANTICS §3).</summary>
    Business = 0,

    /// <summary>Every hour, 24/7 (<see cref="Calendars.BusinessCalendar.AlwaysOpen"/>).</summary>
    Calendar = 1,
}
