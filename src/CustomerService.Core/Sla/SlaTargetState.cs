using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.Calendars;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla.Evaluation;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Sla;

/// <summary>
/// The state of one applied target in one cycle, at the evaluation instant: how much of it is used, when it is due,
/// when it breaches or breached, and (on request, see <see cref="Explain"/>) why.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Elapsed"/> is the open time, in the target's hours, of the segments in which the clock ran.
/// <see cref="DueAt"/> is the earliest instant at which the target is used up if nothing pauses the clock from here
/// (for a paused clock: if it resumed at the evaluation instant; for a stopped one: had it kept running).
/// <see cref="BreachAt"/> is the first instant after which elapsed exceeds the target: <see cref="DueAt"/> itself,
/// or the next opening when <see cref="DueAt"/> falls at a closing.
/// </para>
/// <para>Instances are immutable and cheap: the explanation is built only when asked for.</para>
/// </remarks>
public sealed class SlaTargetState
{
    private readonly Instant[]? _warningInstants;
    private readonly SlaReport _report;
    private readonly SlaStateKey _key;
    private IReadOnlyList<SlaWarningReached>? _warnings;

    internal SlaTargetState(
        SlaReport report,
        SlaStateKey key,
        SlaPolicy policy,
        SlaTarget target,
        BusinessCalendar calendar,
        SlaStage stage,
        Instant startedAt,
        Instant? endedAt,
        Instant dueAt,
        Instant breachAt,
        Duration elapsed,
        Duration pausedTime,
        Instant[]? warningInstants)
    {
        _report = report;
        _key = key;
        Policy = policy;
        Target = target;
        Calendar = calendar;
        Stage = stage;
        StartedAt = startedAt;
        EndedAt = endedAt;
        DueAt = dueAt;
        BreachAt = breachAt;
        Elapsed = elapsed;
        PausedTime = pausedTime;
        _warningInstants = warningInstants;
    }

    /// <summary>Gets the metric measured.</summary>
    public SlaMetric Metric => Target.Metric;

    /// <summary>Gets the cycle, from 1 (repeating metrics such as NextReply have one per start-stop pair).</summary>
    public int Cycle => _key.Cycle;

    /// <summary>Gets the policy the target belongs to (its id and version are what the state was measured against).</summary>
    public SlaPolicy Policy { get; }

    /// <summary>Gets the policy's id.</summary>
    public string PolicyId => Policy.Id;

    /// <summary>Gets the policy's version.</summary>
    public int PolicyVersion => Policy.Version;

    /// <summary>Gets the policy's kind.</summary>
    public SlaPolicyKind Kind => Policy.Kind;

    /// <summary>Gets the target applied.</summary>
    public SlaTarget Target { get; }

    /// <summary>Gets the target's hours mode.</summary>
    public SlaHoursMode HoursMode => Target.HoursMode;

    /// <summary>Gets the calendar the time was counted on (<see cref="BusinessCalendar.AlwaysOpen"/> for 24/7 targets).</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the calendar's id.</summary>
    public string CalendarId => Calendar.Id;

    /// <summary>Gets the stage.</summary>
    public SlaStage Stage { get; }

    /// <summary>Gets a value indicating whether the target is breached: elapsed went past the target (strictly), now or earlier.</summary>
    public bool IsBreached => Stage == SlaStage.Breached;

    /// <summary>Gets when the clock started (the event that started it; counting begins at the next opening).</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets when the clock stopped or the target stopped applying; <see langword="null"/> while it runs or is paused.</summary>
    public Instant? EndedAt { get; }

    /// <summary>Gets the earliest instant at which the target is used up if nothing pauses the clock.</summary>
    public Instant DueAt { get; }

    /// <summary>Gets the first instant after which elapsed exceeds the target.</summary>
    public Instant BreachAt { get; }

    /// <summary>Gets the open time counted, in the target's hours.</summary>
    public Duration Elapsed { get; }

    /// <summary>Gets the target less <see cref="Elapsed"/>; negative once the target is overrun.</summary>
    public Duration Remaining => Target.Duration - Elapsed;

    /// <summary>Gets the open time, in the target's hours, during which the clock was paused.</summary>
    public Duration PausedTime { get; }

    /// <summary>Gets <see cref="Elapsed"/> as a percentage of the target (above 100 once overrun).</summary>
    public double PercentUsed => Elapsed.ToInt64Nanoseconds() * 100d / Target.Duration.ToInt64Nanoseconds();

    /// <summary>Gets the warnings reached, in the order of the target's thresholds, each with the instant it was reached.</summary>
    public IReadOnlyList<SlaWarningReached> Warnings => _warnings ??= BuildWarnings();

    /// <summary>Gets the breach, with its instant; <see langword="null"/> unless <see cref="IsBreached"/>.</summary>
    public SlaBreached? Breach => IsBreached ? new SlaBreached(Metric.Id, Cycle, PolicyId, PolicyVersion, BreachAt) : null;

    /// <summary>
    /// Explains the state: the segments counted, the pauses, the calendar and where it came from, the target used and any
    /// change of target, and why the policy matched. Built on request by replaying the ticket's history.
    /// </summary>
    /// <returns>The explanation.</returns>
    public SlaExplanation Explain() => SlaExplainer.Explain(_report, _key, this);

    /// <summary>Returns a one-line summary, such as <c>first-reply#1 gold v3: Running 30m of 1h, due 2025-03-10T14:00:00Z</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Metric.Id}#{Cycle} {PolicyId} v{PolicyVersion}: {Stage} {DurationText.Format(Elapsed)} of {DurationText.Format(Target.Duration)}, due {InstantPattern.General.Format(DueAt)}");

    private SlaWarningReached[] BuildWarnings()
    {
        if (_warningInstants is null)
        {
            return [];
        }

        var reached = new List<SlaWarningReached>(_warningInstants.Length);
        for (var i = 0; i < _warningInstants.Length; i++)
        {
            if (_warningInstants[i] != Instant.MaxValue)
            {
                reached.Add(new SlaWarningReached(Metric.Id, Cycle, PolicyId, PolicyVersion, _warningInstants[i], Target.Warnings[i]));
            }
        }

        return [.. reached];
    }
}
