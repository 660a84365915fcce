namespace CustomerService.Core.Sla.Json;

/// <summary>
/// The stable codes of the <see cref="SharedKernel.InputProblem"/>s about how a policy document is written.
/// <see cref="SlaPolicyJson"/> also reports the JSON-level codes of <see cref="SharedKernel.Json.JsonProblemCodes"/>
/// and, at the JSON path of the offending value, the codes of <see cref="SlaPolicyProblemCodes"/> (the rules of the
/// policies themselves, the same ones code that builds a policy meets).
/// </summary>
public static class SlaPolicyJsonProblemCodes
{
    /// <summary>A duration that is not <c>1h30m</c> or <c>PT1H30M</c> (hours, minutes and seconds only), or is longer than 100,000 hours.</summary>
    public const string InvalidDuration = "sla.invalid_duration";

    /// <summary>A name the format does not define: a retargeting option, policy kind, match, hours mode, priority, status, author or trigger event.</summary>
    public const string UnknownName = "sla.unknown_name";

    /// <summary>A condition on a ticket attribute the format does not define (the known ones are priority, channel, customer-tier, group, tag and custom-field).</summary>
    public const string UnknownField = "sla.unknown_field";

    /// <summary>A condition with both <c>in</c> and <c>notIn</c> or neither, a custom-field condition without its key, or a key on another field.</summary>
    public const string InvalidCondition = "sla.invalid_condition";

    /// <summary>A warning with both <c>percent</c> and <c>before</c>, or neither.</summary>
    public const string InvalidWarning = "sla.invalid_warning";

    /// <summary>A trigger that can never fire: a status trigger with an empty list of statuses, or a blank custom field key.</summary>
    public const string InvalidTrigger = "sla.invalid_trigger";

    /// <summary>A group calendar whose key is not a group id (a GUID such as <c>3f2504e0-4f89-41d3-9a0c-0305e82c3301</c>), or a group given twice.</summary>
    public const string InvalidGroup = "sla.invalid_group";
}
