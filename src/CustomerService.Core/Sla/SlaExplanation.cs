using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CustomerService.Core.SharedKernel;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Sla;

/// <summary>
/// Why a target state is what it is: the policy and why it matched, the target and calendar used (and which link of the
/// chain gave it), the segments the clock counted and the pauses between them, and any change of target on the way.
/// "Why is this due at 10:00 Monday?" is answered by <see cref="ToString"/>.
/// </summary>
public sealed class SlaExplanation
{
    internal SlaExplanation(
        SlaTargetState state,
        SlaCalendarSource calendarSource,
        IReadOnlyList<PolicyCondition> matchedConditions,
        IReadOnlyList<SlaPolicy> skippedPolicies,
        IReadOnlyList<SlaCountedSegment> segments,
        IReadOnlyList<Interval> pauses,
        IReadOnlyList<SlaTargetChange> targetChanges)
    {
        State = state;
        CalendarSource = calendarSource;
        MatchedConditions = matchedConditions;
        SkippedPolicies = skippedPolicies;
        Segments = segments;
        Pauses = pauses;
        TargetChanges = targetChanges;
    }

    /// <summary>Gets the state explained.</summary>
    public SlaTargetState State { get; }

    /// <summary>Gets which link of the calendar chain gave the calendar.</summary>
    public SlaCalendarSource CalendarSource { get; }

    /// <summary>Gets the policy's conditions that held (all of them for an all-policy; at least one for an any-policy; none for a policy without conditions).</summary>
    public IReadOnlyList<PolicyCondition> MatchedConditions { get; }

    /// <summary>Gets the policies of the same kind, ahead in order, that did not match (the first match applies).</summary>
    public IReadOnlyList<SlaPolicy> SkippedPolicies { get; }

    /// <summary>Gets the segments in which the clock ran, each with the open time it counted, up to the evaluation instant.</summary>
    public IReadOnlyList<SlaCountedSegment> Segments { get; }

    /// <summary>Gets the pauses: the intervals between segments when the clock was paused.</summary>
    public IReadOnlyList<Interval> Pauses { get; }

    /// <summary>Gets the changes of target during the cycle (priority or policy changes), in order; empty if none.</summary>
    public IReadOnlyList<SlaTargetChange> TargetChanges { get; }

    /// <summary>Returns the explanation as a few lines of text, with no personal data.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var s = State;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{s.Metric.Id} cycle {s.Cycle}: {s.Stage}, {DurationText.Format(s.Elapsed)} of {DurationText.Format(s.Target.Duration)} used").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Policy {s.PolicyId} v{s.PolicyVersion} ({s.Kind}) applies: ")
            .Append(MatchedConditions.Count == 0 ? "it has no conditions" : "because " + string.Join(" and ", MatchedConditions))
            .Append(SkippedPolicies.Count == 0 ? "." : $"; ahead of it, {string.Join(", ", SkippedPolicies.Select(p => $"{p.Id} v{p.Version}"))} did not match.")
            .AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Target {s.Target}; calendar {s.CalendarId} ({Source(CalendarSource)}).").AppendLine();
        foreach (var change in TargetChanges)
        {
            text.Append(CultureInfo.InvariantCulture, $"At {Format(change.At)} the target changed to {change.PolicyId} v{change.PolicyVersion} {change.Target}.").AppendLine();
        }

        foreach (var segment in Segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"Counted {Format(segment.From)} to {Format(segment.To)}: {DurationText.Format(segment.OpenTime)} open.").AppendLine();
        }

        foreach (var pause in Pauses)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paused {Format(pause.Start)} to {(pause.HasEnd ? Format(pause.End) : "now")}.").AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"Due {Format(s.DueAt)}; breached after {Format(s.BreachAt)}.");
        return text.ToString();
    }

    private static string Format(Instant instant) => InstantPattern.General.Format(instant);

    private static string Source(SlaCalendarSource source) => source switch
    {
        SlaCalendarSource.AlwaysOpen => "24/7 target",
        SlaCalendarSource.Target => "the target's calendar",
        SlaCalendarSource.Group => "the group's calendar",
        SlaCalendarSource.Customer => "the customer's calendar",
        SlaCalendarSource.Policy => "the policy's calendar",
        _ => "the policy set's default",
    };
}

/// <summary>A segment in which a clock ran, with the open time it counted in the target's hours.</summary>
/// <param name="From">Where the segment starts.</param>
/// <param name="To">Where it ends (the evaluation instant for a clock still running).</param>
/// <param name="OpenTime">The open time counted in it.</param>
public readonly record struct SlaCountedSegment(Instant From, Instant To, Duration OpenTime);

/// <summary>A change of the target that applied to a running clock.</summary>
/// <param name="At">When it changed.</param>
/// <param name="PolicyId">The policy that applies from then on.</param>
/// <param name="PolicyVersion">Its version.</param>
/// <param name="Target">The target that applies from then on; <see langword="null"/> if none does.</param>
public sealed record SlaTargetChange(Instant At, string? PolicyId, int PolicyVersion, SlaTarget? Target);
