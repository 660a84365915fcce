namespace CustomerService.Core.Sla;

/// <summary>The stable codes of the problems policy validation reports (<see cref="SharedKernel.InputProblem.Code"/>).</summary>
public static class SlaPolicyProblemCodes
{
    /// <summary>A policy or metric id is not a valid id, or is used twice.</summary>
    public const string InvalidId = "sla.invalid_id";

    /// <summary>Two policies have the same id.</summary>
    public const string DuplicatePolicy = "sla.duplicate_policy";

    /// <summary>A policy's version is below 1.</summary>
    public const string InvalidVersion = "sla.invalid_version";

    /// <summary>A policy has no targets.</summary>
    public const string NoTargets = "sla.no_targets";

    /// <summary>Two targets of a policy have the same metric and priority.</summary>
    public const string DuplicateTarget = "sla.duplicate_target";

    /// <summary>A target's duration is below one second.</summary>
    public const string NonPositiveTarget = "sla.non_positive_target";

    /// <summary>A warning is at or beyond its target, or not after the start.</summary>
    public const string WarningOutsideTarget = "sla.warning_outside_target";

    /// <summary>A condition can never match (such as <c>priority in []</c>) or always matches when negated, or names an unknown value.</summary>
    public const string ConditionNeverMatches = "sla.condition_never_matches";

    /// <summary>A calendar id that the engine's calendars do not have.</summary>
    public const string UnknownCalendar = "sla.unknown_calendar";

    /// <summary>A metric id that is neither built in nor defined.</summary>
    public const string UnknownMetric = "sla.unknown_metric";

    /// <summary>A custom metric without a start or a stop trigger, or with resume triggers but no pause triggers (or the reverse).</summary>
    public const string InvalidMetric = "sla.invalid_metric";

    /// <summary>Two different metrics with the same id.</summary>
    public const string DuplicateMetric = "sla.duplicate_metric";

    /// <summary>A business-hours target that no calendar in its chain (target, policy, policy set default) covers.</summary>
    public const string NoCalendar = "sla.no_calendar";

    /// <summary>A policy pauses on a status the clock can never be in while it runs (Solved or Closed).</summary>
    public const string InvalidPauseStatus = "sla.invalid_pause_status";
}
