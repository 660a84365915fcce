namespace CustomerService.Core.Sla;

/// <summary>Whom a policy's promises are made to. Kinds apply side by side: a ticket can run one policy of each.</summary>
public enum SlaPolicyKind
{
    /// <summary>A service-level agreement toward the customer.</summary>
    Sla = 0,

    /// <summary>An operational-level agreement inside the company (between teams).</summary>
    Ola = 1,

    /// <summary>An underpinning contract with a vendor.</summary>
    Contract = 2,
}
