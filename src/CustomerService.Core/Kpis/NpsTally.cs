namespace CustomerService.Core.Kpis;

/// <summary>
/// Net Promoter Score (NPS): the percentage of promoters less the percentage of detractors, from
/// -100 to 100. Mergeable: tallies of disjoint responses add up.
/// </summary>
/// <param name="Responses">The number of responses.</param>
/// <param name="Promoters">The number of promoters (9-10 on the 0-10 scale).</param>
/// <param name="Detractors">The number of detractors (0-6 on the 0-10 scale).</param>
/// <remarks>50% promoters and 10% detractors give an NPS of 40; passives (7-8) count only in <see cref="Responses"/>.</remarks>
public readonly record struct NpsTally(long Responses, long Promoters, long Detractors)
{
    /// <summary>Gets the number of passives: responses neither promoters nor detractors.</summary>
    public long Passives => Responses - Promoters - Detractors;

    /// <summary>Gets the NPS, (promoters − detractors) / responses × 100, from -100 to 100; <see langword="null"/> with no response.</summary>
    public double? Score => Responses == 0 ? null : (Promoters - Detractors) * 100d / Responses;

    /// <summary>Counts one response.</summary>
    /// <param name="isPromoter">Whether the response is a promoter's.</param>
    /// <param name="isDetractor">Whether the response is a detractor's; not together with <paramref name="isPromoter"/>.</param>
    /// <returns>The new tally.</returns>
    /// <exception cref="System.ArgumentException">Both are <see langword="true"/>.</exception>
    public NpsTally Add(bool isPromoter, bool isDetractor)
    {
        if (isPromoter && isDetractor)
        {
            throw new System.ArgumentException("A response is a promoter's, a detractor's or a passive's, not two of them.", nameof(isDetractor));
        }

        return new(Responses + 1, isPromoter ? Promoters + 1 : Promoters, isDetractor ? Detractors + 1 : Detractors);
    }

    /// <summary>Adds another tally (of disjoint responses).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The sum.</returns>
    public NpsTally Merge(NpsTally other) => new(Responses + other.Responses, Promoters + other.Promoters, Detractors + other.Detractors);
}
