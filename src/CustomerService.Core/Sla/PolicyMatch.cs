namespace CustomerService.Core.Sla;

/// <summary>How a policy combines its conditions. A policy with no conditions matches every ticket.</summary>
public enum PolicyMatch
{
    /// <summary>Every condition must hold.</summary>
    All = 0,

    /// <summary>At least one condition must hold.</summary>
    Any = 1,
}
