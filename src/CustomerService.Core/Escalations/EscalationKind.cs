namespace CustomerService.Core.Escalations;

/// <summary>Where an escalation goes: sideways to another team, or up the management line.</summary>
/// <remarks>The values start at 1 so that an unset <c>default(EscalationKind)</c> (0) is rejected.</remarks>
public enum EscalationKind
{
    /// <summary>To another team with the skills or authority the ticket needs: technical support, billing, sales, product, a vendor.</summary>
    Functional = 1,

    /// <summary>Up the management line: a team lead, a manager, a director.</summary>
    Hierarchical = 2,
}
