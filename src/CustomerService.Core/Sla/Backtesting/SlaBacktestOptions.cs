using Ardalis.GuardClauses;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>How <see cref="SlaBacktest.Compare"/> runs.</summary>
public sealed record SlaBacktestOptions
{
    private readonly int _maxChanges = 1000;

    /// <summary>Gets the default options.</summary>
    public static SlaBacktestOptions Default { get; } = new();

    /// <summary>
    /// Gets the number of changed outcomes kept in <see cref="SlaBacktestComparison.Changes"/> (the first found); the rest are
    /// only counted, so that a backtest over millions of tickets stays in bounded memory. Default 1,000; 0 keeps none.
    /// </summary>
    /// <exception cref="System.ArgumentException">Set to a negative number.</exception>
    public int MaxChanges
    {
        get => _maxChanges;
        init => _maxChanges = Guard.Against.Negative(value);
    }
}
