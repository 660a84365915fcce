using Ardalis.GuardClauses;

namespace CustomerService.Core.Kpis;

/// <summary>
/// Customer Effort Score (CES): the mean agreement, on a 1-7 scale, with "the company made it easy
/// to handle my issue", and the share of easy responses (5-7). Mergeable: tallies of disjoint responses add up.
/// </summary>
/// <param name="Responses">The number of responses.</param>
/// <param name="ScoreSum">The sum of the scores.</param>
/// <param name="Easy">The number of responses classified easy.</param>
public readonly record struct CesTally(long Responses, long ScoreSum, long Easy)
{
    /// <summary>Gets the mean score, exact as a double; <see langword="null"/> with no response.</summary>
    public double? Mean => Responses == 0 ? null : (double)ScoreSum / Responses;

    /// <summary>Gets the easy responses as a percentage, from 0 to 100; <see langword="null"/> with no response.</summary>
    public double? PercentEasy => Responses == 0 ? null : Easy * 100d / Responses;

    /// <summary>Counts one response.</summary>
    /// <param name="score">The score on the survey's scale; not negative.</param>
    /// <param name="isEasy">Whether the scale classifies the score as easy.</param>
    /// <returns>The new tally.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="score"/> is negative.</exception>
    public CesTally Add(int score, bool isEasy) =>
        new(Responses + 1, ScoreSum + Guard.Against.Negative(score), isEasy ? Easy + 1 : Easy);

    /// <summary>Adds another tally (of disjoint responses).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The sum.</returns>
    public CesTally Merge(CesTally other) => new(Responses + other.Responses, ScoreSum + other.ScoreSum, Easy + other.Easy);
}
