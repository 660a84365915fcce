namespace CustomerService.Core.Tickets;

/// <summary>How urgent a ticket is. Values are ordered: <c>Priority.Urgent &gt; Priority.High</c>.</summary>
/// <remarks>
/// The values start at 1 so that an unset <c>default(Priority)</c> (0) is rejected rather than read as
/// <see cref="Low"/>.
/// </remarks>
public enum Priority
{
    /// <summary>Can wait: questions, feature requests.</summary>
    Low = 1,

    /// <summary>The usual priority.</summary>
    Normal = 2,

    /// <summary>Important and time-sensitive.</summary>
    High = 3,

    /// <summary>Severe: an outage or a blocked customer.</summary>
    Urgent = 4,
}
