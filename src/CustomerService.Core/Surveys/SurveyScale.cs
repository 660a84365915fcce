using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Surveys;

/// <summary>
/// The scores a survey offers (whole numbers from <see cref="Min"/> to <see cref="Max"/>, higher is
/// better) and the bands that classify them: the bottom band up to <see cref="NegativeTo"/>, the top
/// band from <see cref="PositiveFrom"/>, and a neutral band between them (empty for good/bad).
/// </summary>
/// <remarks>
/// <para>The scales are a closed set, each with its bands stated (docs/surveys.md has the table):</para>
/// <list type="table">
/// <listheader><term>scale</term><description>bands</description></listheader>
/// <item><term><see cref="Csat5"/> (default CSAT)</term><description>dissatisfied 1-2, neutral 3, satisfied 4-5 (top 2 of 5 points: 40%)</description></item>
/// <item><term><see cref="Csat3"/></term><description>dissatisfied 1, neutral 2, satisfied 3 (top 1 of 3 points: 33%)</description></item>
/// <item><term><see cref="Csat7"/></term><description>dissatisfied 1-3, neutral 4, satisfied 5-7 (top 3 of 7 points: 43%)</description></item>
/// <item><term><see cref="CsatGoodBad"/></term><description>1 = bad: dissatisfied; 2 = good: satisfied (top 1 of 2 points: 50%)</description></item>
/// <item><term><see cref="Nps"/></term><description>detractor 0-6, passive 7-8, promoter 9-10</description></item>
/// <item><term><see cref="Ces"/></term><description>difficult 1-3, neutral 4, easy 5-7</description></item>
/// </list>
/// <para>
/// CSAT's satisfied band is "the top ~40% of the scale": the number of top points whose share of the
/// scale is nearest to 40%. Its dissatisfied band mirrors it at the bottom. NPS bands are the
/// standard ones (Reichheld, Bain &amp; Company). CES 1-7 is an agreement scale: 5-7 agree that it was
/// easy, 4 is neither, 1-3 disagree.
/// </para>
/// </remarks>
public sealed record SurveyScale
{
    private SurveyScale(SurveyKind kind, int min, int max, int negativeTo, int positiveFrom)
    {
        Kind = kind;
        Min = min;
        Max = max;
        NegativeTo = negativeTo;
        PositiveFrom = positiveFrom;
    }

    /// <summary>Gets CSAT on 1-5, the default CSAT scale: dissatisfied 1-2, neutral 3, satisfied 4-5.</summary>
    public static SurveyScale Csat5 { get; } = new(SurveyKind.Csat, 1, 5, negativeTo: 2, positiveFrom: 4);

    /// <summary>Gets CSAT on 1-3: dissatisfied 1, neutral 2, satisfied 3.</summary>
    public static SurveyScale Csat3 { get; } = new(SurveyKind.Csat, 1, 3, negativeTo: 1, positiveFrom: 3);

    /// <summary>Gets CSAT on 1-7: dissatisfied 1-3, neutral 4, satisfied 5-7.</summary>
    public static SurveyScale Csat7 { get; } = new(SurveyKind.Csat, 1, 7, negativeTo: 3, positiveFrom: 5);

    /// <summary>Gets CSAT as good/bad: 1 is bad (dissatisfied), 2 is good (satisfied); no neutral band.</summary>
    public static SurveyScale CsatGoodBad { get; } = new(SurveyKind.Csat, 1, 2, negativeTo: 1, positiveFrom: 2);

    /// <summary>Gets NPS on 0-10: detractor 0-6, passive 7-8, promoter 9-10.</summary>
    public static SurveyScale Nps { get; } = new(SurveyKind.Nps, 0, 10, negativeTo: 6, positiveFrom: 9);

    /// <summary>Gets CES on 1-7: difficult 1-3, neutral 4, easy 5-7.</summary>
    public static SurveyScale Ces { get; } = new(SurveyKind.Ces, 1, 7, negativeTo: 3, positiveFrom: 5);

    /// <summary>Gets every scale, CSAT first (its default first), then NPS, then CES.</summary>
    public static IReadOnlyList<SurveyScale> All { get; } = [Csat5, Csat3, Csat7, CsatGoodBad, Nps, Ces];

    /// <summary>Gets what the scale measures.</summary>
    public SurveyKind Kind { get; }

    /// <summary>Gets the lowest score (the worst).</summary>
    public int Min { get; }

    /// <summary>Gets the highest score (the best).</summary>
    public int Max { get; }

    /// <summary>Gets the number of scores on the scale.</summary>
    public int Points => Max - Min + 1;

    /// <summary>Gets the highest score of the bottom band (dissatisfied, detractor, difficult); the band is <see cref="Min"/> to this, inclusive.</summary>
    public int NegativeTo { get; }

    /// <summary>Gets the lowest score of the top band (satisfied, promoter, easy); the band is this to <see cref="Max"/>, inclusive.</summary>
    public int PositiveFrom { get; }

    /// <summary>Returns the default scale of a kind: CSAT 1-5, NPS 0-10, CES 1-7.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static SurveyScale DefaultFor(SurveyKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        SurveyKind.Csat => Csat5,
        SurveyKind.Nps => Nps,
        _ => Ces,
    };

    /// <summary>Finds the scale of a kind with the given range, for hosts that store a scale as its kind, minimum and maximum.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="min">The lowest score.</param>
    /// <param name="max">The highest score.</param>
    /// <param name="scale">The scale, or <see langword="null"/> if there is none with that kind and range.</param>
    /// <returns><see langword="true"/> if the scale exists.</returns>
    public static bool TryGet(SurveyKind kind, int min, int max, [NotNullWhen(true)] out SurveyScale? scale)
    {
        foreach (var candidate in All)
        {
            if (candidate.Kind == kind && candidate.Min == min && candidate.Max == max)
            {
                scale = candidate;
                return true;
            }
        }

        scale = null;
        return false;
    }

    /// <summary>Returns whether <paramref name="score"/> is on the scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> if <see cref="Min"/> &lt;= <paramref name="score"/> &lt;= <see cref="Max"/>.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Returns the band <paramref name="score"/> falls in.</summary>
    /// <param name="score">A score on the scale.</param>
    /// <returns>
    /// For CSAT <see cref="SurveySentiment.Dissatisfied"/>, <see cref="SurveySentiment.Neutral"/> or <see cref="SurveySentiment.Satisfied"/>;
    /// for NPS <see cref="SurveySentiment.Detractor"/>, <see cref="SurveySentiment.Passive"/> or <see cref="SurveySentiment.Promoter"/>;
    /// for CES <see cref="SurveySentiment.Difficult"/>, <see cref="SurveySentiment.Neutral"/> or <see cref="SurveySentiment.Easy"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public SurveySentiment Classify(int score)
    {
        Guard.Against.OutOfRange(score, nameof(score), Min, Max);
        return score >= PositiveFrom ? Positive
            : score <= NegativeTo ? Negative
            : Kind == SurveyKind.Nps ? SurveySentiment.Passive : SurveySentiment.Neutral;
    }

    /// <summary>Returns the scale's name and range, e.g. <c>CSAT 1-5</c> or <c>NPS 0-10</c>.</summary>
    /// <returns>The name and range.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToUpperInvariant()} {Min}-{Max}");

    private SurveySentiment Positive => Kind switch
    {
        SurveyKind.Csat => SurveySentiment.Satisfied,
        SurveyKind.Nps => SurveySentiment.Promoter,
        _ => SurveySentiment.Easy,
    };

    private SurveySentiment Negative => Kind switch
    {
        SurveyKind.Csat => SurveySentiment.Dissatisfied,
        SurveyKind.Nps => SurveySentiment.Detractor,
        _ => SurveySentiment.Difficult,
    };
}
