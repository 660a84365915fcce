using System.Globalization;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>
/// How one promise fared over a backtest: the target states of one policy kind, metric and priority, counted by outcome.
/// Every cycle of a repeating metric counts once.
/// </summary>
public sealed record SlaAchievement
{
    internal SlaAchievement(SlaPolicyKind kind, string metricId, Priority priority, long achieved, long breached, long open, long cancelled)
    {
        Kind = kind;
        MetricId = metricId;
        Priority = priority;
        Achieved = achieved;
        Breached = breached;
        Open = open;
        Cancelled = cancelled;
    }

    /// <summary>Gets the policy kind (an SLA and an OLA on the same metric are different promises).</summary>
    public SlaPolicyKind Kind { get; }

    /// <summary>Gets the metric's id.</summary>
    public string MetricId { get; }

    /// <summary>Gets the priority of the target the states were measured against.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the number of states that stopped within the target (<see cref="SlaStage.Achieved"/>).</summary>
    public long Achieved { get; }

    /// <summary>Gets the number of breached states, whether their clock still runs or not (<see cref="SlaStage.Breached"/>).</summary>
    public long Breached { get; }

    /// <summary>Gets the number of states still running or paused within the target at the backtest's instant.</summary>
    public long Open { get; }

    /// <summary>Gets the number of states whose target stopped applying (<see cref="SlaStage.Cancelled"/>).</summary>
    public long Cancelled { get; }

    /// <summary>Gets the number of states counted.</summary>
    public long Total => Achieved + Breached + Open + Cancelled;

    /// <summary>
    /// Gets <see cref="Achieved"/> / (<see cref="Achieved"/> + <see cref="Breached"/>), from 0 to 1: open and cancelled
    /// states are left out, as their outcome is not known or does not count. <see langword="null"/> when nothing was decided.
    /// </summary>
    public double? AchievementRate => Achieved + Breached == 0 ? null : (double)Achieved / (Achieved + Breached);

    /// <summary>Returns a summary, such as <c>Sla first-reply High: 90 achieved, 10 breached, 2 open, 1 cancelled (90.0 %)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Kind} {MetricId} {Priority}: {Achieved} achieved, {Breached} breached, {Open} open, {Cancelled} cancelled")
        + (AchievementRate is double rate ? string.Create(CultureInfo.InvariantCulture, $" ({rate * 100:0.0} %)") : string.Empty);
}
