namespace CustomerService.Core.Escalations;

/// <summary>Why a ticket was escalated.</summary>
/// <remarks>The values start at 1 so that an unset <c>default(EscalationReason)</c> (0) is rejected.</remarks>
public enum EscalationReason
{
    /// <summary>An SLA, OLA or contract target was breached.</summary>
    SlaBreach = 1,

    /// <summary>An SLA, OLA or contract target crossed a warning threshold: it is at risk of breaching.</summary>
    SlaAtRisk = 2,

    /// <summary>The customer asked for it (to speak to a manager, for example).</summary>
    CustomerRequest = 3,

    /// <summary>The customer complained.</summary>
    Complaint = 4,

    /// <summary>The ticket needs skills or authority the current team does not have.</summary>
    Complexity = 5,

    /// <summary>An agent escalated it for another reason, given in the note.</summary>
    Manual = 6,
}
