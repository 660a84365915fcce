using System.Collections.Generic;
using System.Globalization;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>
/// A baseline and a candidate policy set run over the same tickets (see <see cref="SlaBacktest.Compare"/>): both results,
/// the change per promise, and the target states whose outcome changes.
/// </summary>
public sealed class SlaBacktestComparison
{
    private readonly SlaAchievementDelta[] _deltas;
    private readonly SlaOutcomeChange[] _changes;

    internal SlaBacktestComparison(SlaBacktestResult baseline, SlaBacktestResult candidate, SlaAchievementDelta[] deltas, SlaOutcomeChange[] changes, long changeCount)
    {
        Baseline = baseline;
        Candidate = candidate;
        _deltas = deltas;
        _changes = changes;
        ChangeCount = changeCount;
    }

    /// <summary>Gets what the baseline achieved.</summary>
    public SlaBacktestResult Baseline { get; }

    /// <summary>Gets what the candidate achieved.</summary>
    public SlaBacktestResult Candidate { get; }

    /// <summary>Gets the change per policy kind, metric and priority found on either side, in the order of <see cref="SlaBacktestResult.Achievements"/>.</summary>
    public IReadOnlyList<SlaAchievementDelta> Deltas => _deltas;

    /// <summary>
    /// Gets the changed outcomes in ticket order, then report order: at most <see cref="SlaBacktestOptions.MaxChanges"/>
    /// of them, the first found; <see cref="ChangeCount"/> counts them all.
    /// </summary>
    public IReadOnlyList<SlaOutcomeChange> Changes => _changes;

    /// <summary>Gets the number of changed outcomes, including those not kept in <see cref="Changes"/>.</summary>
    public long ChangeCount { get; }

    /// <summary>Gets a value indicating whether <see cref="Changes"/> lists only some of the changed outcomes.</summary>
    public bool IsTruncated => ChangeCount > _changes.Length;

    /// <summary>Returns a summary, such as <c>1000 tickets, 42 changed outcomes; breached 37 -> 61</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Baseline.TicketCount} tickets, {ChangeCount} changed outcomes; tickets with a breach {Baseline.TicketsBreached} -> {Candidate.TicketsBreached}");
}
