namespace CustomerService.Core.DependencyInjection;

/// <summary>
/// The stable codes of the problems <see cref="CustomerServiceCoreServiceCollectionExtensions.AddCustomerServiceCore"/>
/// finds in its options (<see cref="SharedKernel.InputProblem.Code"/>). Inline SLA policies that name calendars not
/// given inline are reported with <see cref="Sla.SlaPolicyProblemCodes.UnknownCalendar"/>.
/// </summary>
public static class CustomerServiceCoreOptionsProblemCodes
{
    /// <summary>A value that must be set is <see langword="null"/>, or a list holds <see langword="null"/>.</summary>
    public const string Missing = "options.missing";

    /// <summary>A number or duration that must be positive is zero or less.</summary>
    public const string NotPositive = "options.not_positive";

    /// <summary>A number that must not be negative is.</summary>
    public const string Negative = "options.negative";

    /// <summary>An enum holds a value it does not define.</summary>
    public const string UndefinedValue = "options.undefined_value";

    /// <summary>Two escalation policies have the same id.</summary>
    public const string DuplicateEscalationPolicy = "options.duplicate_escalation_policy";

    /// <summary>Two inline calendars have the same id.</summary>
    public const string DuplicateCalendar = "options.duplicate_calendar";

    /// <summary>An escalation rule matches no target of the inline SLA policies, or names a warning threshold none of them declares: it never fires.</summary>
    public const string RuleNeverFires = "options.rule_never_fires";
}
