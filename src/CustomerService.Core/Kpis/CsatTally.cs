namespace CustomerService.Core.Kpis;

/// <summary>
/// Customer satisfaction (CSAT): the share of rated responses that are satisfied, as a percentage.
/// Unrated surveys are not responses and are not counted. Mergeable: tallies of disjoint responses add up.
/// </summary>
/// <param name="Rated">The number of rated responses.</param>
/// <param name="Satisfied">The number classified satisfied (4-5 on the default 1-5 scale; each scale states its own).</param>
/// <remarks>CSAT = <see cref="Satisfied"/> / <see cref="Rated"/> × 100: 8 satisfied of 10 rated is 80.</remarks>
public readonly record struct CsatTally(long Rated, long Satisfied)
{
    /// <summary>Gets the CSAT score, satisfied / rated × 100, from 0 to 100; <see langword="null"/> with no response.</summary>
    public double? Score => Rated == 0 ? null : Satisfied * 100d / Rated;

    /// <summary>Counts one rated response.</summary>
    /// <param name="isSatisfied">Whether the survey's scale classifies the score as satisfied.</param>
    /// <returns>The new tally.</returns>
    public CsatTally Add(bool isSatisfied) => new(Rated + 1, isSatisfied ? Satisfied + 1 : Satisfied);

    /// <summary>Adds another tally (of disjoint responses).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The sum.</returns>
    public CsatTally Merge(CsatTally other) => new(Rated + other.Rated, Satisfied + other.Satisfied);
}
