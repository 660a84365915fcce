namespace CustomerService.Core.Customers;

/// <summary>Where a customer stands on one kind of contact that needs consent (surveys, marketing).</summary>
public enum ConsentStatus
{
    /// <summary>The customer has never been asked, or the record was erased: no consent.</summary>
    NotRecorded = 0,

    /// <summary>The customer has given consent.</summary>
    Granted,

    /// <summary>The customer has refused or withdrawn consent.</summary>
    Withdrawn,
}
