namespace CustomerService.Core.Sla;

/// <summary>The ticket attributes a policy condition can test.</summary>
public enum PolicyField
{
    /// <summary>The ticket's priority: values are <c>low</c>, <c>normal</c>, <c>high</c>, <c>urgent</c>.</summary>
    Priority = 0,

    /// <summary>The channel the ticket arrived on, such as <c>email</c>.</summary>
    Channel = 1,

    /// <summary>The customer's tier, from the <see cref="SlaCustomerContext"/> given to the engine.</summary>
    CustomerTier = 2,

    /// <summary>The group the ticket is assigned to (a group id); a ticket with no group matches no value.</summary>
    Group = 3,

    /// <summary>The ticket's tags: <c>in</c> means it has at least one of the values, <c>not in</c> that it has none.</summary>
    Tag = 4,

    /// <summary>A custom field's value, in its invariant form (<c>42.5</c>, <c>true</c>, <c>2025-03-07</c>, or the text).</summary>
    CustomField = 5,
}
