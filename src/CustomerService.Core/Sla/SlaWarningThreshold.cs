using System;
using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// When a target warns before it breaches: at a percentage of the target used (as ServiceNow's 50% and 75%), or a
/// fixed lead time before the breach. Both are measured in the target's hours, so a business-hours warning never
/// lands at night.
/// </summary>
public readonly record struct SlaWarningThreshold
{
    private SlaWarningThreshold(double? percent, Duration? leadTime)
    {
        Percent = percent;
        LeadTime = leadTime;
    }

    /// <summary>Gets the percentage of the target, for a percentage threshold.</summary>
    public double? Percent { get; }

    /// <summary>Gets the lead time before the breach, for a lead-time threshold.</summary>
    public Duration? LeadTime { get; }

    /// <summary>A warning when <paramref name="percent"/> % of the target is used.</summary>
    /// <param name="percent">The percentage; a valid policy has it above 0 and below 100.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not a finite number.</exception>
    public static SlaWarningThreshold PercentOfTarget(double percent) =>
        double.IsFinite(percent) ? new(percent, null) : throw new ArgumentOutOfRangeException(nameof(percent), "The percentage must be a finite number.");

    /// <summary>A warning <paramref name="leadTime"/> before the breach.</summary>
    /// <param name="leadTime">The lead time; a valid policy has it positive and shorter than the target.</param>
    /// <returns>The threshold.</returns>
    public static SlaWarningThreshold BeforeBreach(Duration leadTime) => new(null, leadTime);

    /// <summary>Returns the threshold as text: <c>50%</c> or <c>PT30M before breach</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent is double p
        ? p.ToString("0.###", CultureInfo.InvariantCulture) + "%"
        : $"{DurationText.Format(LeadTime.GetValueOrDefault())} before breach";

    /// <summary>The elapsed time at which a target of <paramref name="target"/> reaches this threshold.</summary>
    internal Duration AmountOf(Duration target) => Percent is double p
        ? Duration.FromNanoseconds(Math.Round(target.TotalNanoseconds * p / 100d))
        : target - LeadTime.GetValueOrDefault();

    /// <summary>Whether a target of <paramref name="target"/> reaches this threshold after its start and before its breach.</summary>
    /// <remarks>Checks the percentage's range before computing the amount: a huge percentage from a policy file is a problem to report, not a duration out of range.</remarks>
    internal bool FallsInside(Duration target)
    {
        if (Percent is double p && p is <= 0 or >= 100)
        {
            return false;
        }

        Duration amount = AmountOf(target);
        return amount > Duration.Zero && amount < target;
    }
}
