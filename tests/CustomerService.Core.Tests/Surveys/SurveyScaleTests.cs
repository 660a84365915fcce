using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using CustomerService.Core.Surveys;
using static CustomerService.Core.Surveys.SurveySentiment;

namespace CustomerService.Core.Tests.Surveys;

public sealed class SurveyScaleTests
{
    // The bands as KPIS-AND-SURVEYS.md and docs/surveys.md state them, score by score from the
    // scale's minimum: CSAT satisfied 4-5 on 1-5 and the top ~40% elsewhere, mirrored at the bottom;
    // NPS detractors 0-6, passives 7-8, promoters 9-10; CES easy 5-7, 4 neutral, 1-3 difficult.
    private static readonly Dictionary<string, (SurveyScale Scale, int Min, int Max, SurveySentiment[] Bands)> Definitions = new()
    {
        ["csat 1-5"] = (SurveyScale.Csat5, 1, 5, [Dissatisfied, Dissatisfied, Neutral, Satisfied, Satisfied]),
        ["csat 1-3"] = (SurveyScale.Csat3, 1, 3, [Dissatisfied, Neutral, Satisfied]),
        ["csat 1-7"] = (SurveyScale.Csat7, 1, 7, [Dissatisfied, Dissatisfied, Dissatisfied, Neutral, Satisfied, Satisfied, Satisfied]),
        ["csat good/bad"] = (SurveyScale.CsatGoodBad, 1, 2, [Dissatisfied, Satisfied]),
        ["nps 0-10"] = (SurveyScale.Nps, 0, 10, [Detractor, Detractor, Detractor, Detractor, Detractor, Detractor, Detractor, Passive, Passive, Promoter, Promoter]),
        ["ces 1-7"] = (SurveyScale.Ces, 1, 7, [Difficult, Difficult, Difficult, Neutral, Easy, Easy, Easy]),
    };

    public static TheoryData<string> Scales => [.. Definitions.Keys];

    public static TheoryData<string, int> ScoresOfEveryScale =>
        [.. Definitions.SelectMany(d => Enumerable.Range(d.Value.Min, d.Value.Max - d.Value.Min + 1).Select(score => (d.Key, score)))];

    [Theory]
    [MemberData(nameof(ScoresOfEveryScale))]
    public void Classify_EveryScoreOfEveryScale_FallsInTheBandItsDefinitionStates(string name, int score)
    {
        var (scale, min, _, bands) = Definitions[name];

        scale.Contains(score).Should().BeTrue();
        scale.Classify(score).Should().Be(bands[score - min]);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Range_IsTheOneItsDefinitionStates_AndScoresJustOutsideItAreRefused(string name)
    {
        var (scale, min, max, bands) = Definitions[name];

        (scale.Min, scale.Max, scale.Points).Should().Be((min, max, bands.Length));
        scale.Contains(min - 1).Should().BeFalse();
        scale.Contains(max + 1).Should().BeFalse();
        FluentActions.Invoking(() => scale.Classify(min - 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score");
        FluentActions.Invoking(() => scale.Classify(max + 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score");
        FluentActions.Invoking(() => scale.Classify(int.MinValue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Bands_AreContiguous_BottomThenNeutralThenTop(string name)
    {
        var scale = Definitions[name].Scale;
        var scores = Enumerable.Range(scale.Min, scale.Points).ToList();

        scores.Where(s => s <= scale.NegativeTo).Should().NotBeEmpty().And.OnlyContain(s => Rank(scale.Classify(s)) == 0);
        scores.Where(s => s >= scale.PositiveFrom).Should().NotBeEmpty().And.OnlyContain(s => Rank(scale.Classify(s)) == 2);
        scores.Where(s => s > scale.NegativeTo && s < scale.PositiveFrom).All(s => Rank(scale.Classify(s)) == 1).Should().BeTrue();
        scores.Select(s => Rank(scale.Classify(s))).Should().BeInAscendingOrder("a higher score is never in a worse band");
    }

    [Fact]
    public void CsatSatisfiedBand_IsTheTopFortyPercentOfEachScale_NearestInWholePoints()
    {
        foreach (var scale in SurveyScale.All.Where(s => s.Kind == SurveyKind.Csat))
        {
            // Independently of the code: the count of top points whose share of the scale is nearest 40%.
            var topPoints = Enumerable.Range(1, scale.Points).MinBy(n => Math.Abs(((double)n / scale.Points) - 0.4));

            var satisfied = Enumerable.Range(scale.Min, scale.Points).Where(s => scale.Classify(s) == Satisfied);
            var dissatisfied = Enumerable.Range(scale.Min, scale.Points).Where(s => scale.Classify(s) == Dissatisfied);
            satisfied.Should().Equal(Enumerable.Range(scale.Max - topPoints + 1, topPoints), "{0} satisfies with its top {1} point(s)", scale, topPoints);
            dissatisfied.Should().Equal(Enumerable.Range(scale.Min, topPoints), "{0}'s dissatisfied band mirrors the satisfied one", scale);
        }
    }

    [Fact]
    public void All_HoldsEveryScaleOnce_AndTheDefaultsAreThoseOfTheDesign()
    {
        SurveyScale.All.Should().BeEquivalentTo(Definitions.Values.Select(d => d.Scale)).And.OnlyHaveUniqueItems();
        SurveyScale.DefaultFor(SurveyKind.Csat).Should().BeSameAs(SurveyScale.Csat5);
        SurveyScale.DefaultFor(SurveyKind.Nps).Should().BeSameAs(SurveyScale.Nps);
        SurveyScale.DefaultFor(SurveyKind.Ces).Should().BeSameAs(SurveyScale.Ces);
        FluentActions.Invoking(() => SurveyScale.DefaultFor(default)).Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
        FluentActions.Invoking(() => SurveyScale.DefaultFor((SurveyKind)4)).Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void TryGet_FindsEachScaleByKindAndRange(string name)
    {
        var scale = Definitions[name].Scale;

        SurveyScale.TryGet(scale.Kind, scale.Min, scale.Max, out var found).Should().BeTrue();
        found.Should().BeSameAs(scale);
    }

    [Theory]
    [InlineData(SurveyKind.Csat, 0, 10)]
    [InlineData(SurveyKind.Nps, 1, 7)]
    [InlineData(SurveyKind.Ces, 1, 5)]
    [InlineData((SurveyKind)0, 1, 5)]
    public void TryGet_OfARangeNoScaleOfThatKindHas_FindsNothing(SurveyKind kind, int min, int max)
    {
        SurveyScale.TryGet(kind, min, max, out var found).Should().BeFalse();
        found.Should().BeNull();
    }

    [Fact]
    public void ToString_NamesTheKindAndRange()
    {
        SurveyScale.All.Select(s => s.ToString()).Should().Equal("CSAT 1-5", "CSAT 1-3", "CSAT 1-7", "CSAT 1-2", "NPS 0-10", "CES 1-7");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        SurveyScale.Csat7.Should().NotBe(SurveyScale.Ces, "the same range measures another kind");
        SurveyScale.Csat5.Should().Be(SurveyScale.DefaultFor(SurveyKind.Csat));
    }

    /// <summary>0 for the bottom band, 1 for the neutral one, 2 for the top one, whatever the kind.</summary>
    private static int Rank(SurveySentiment sentiment) => sentiment switch
    {
        Dissatisfied or Detractor or Difficult => 0,
        Neutral or Passive => 1,
        _ => 2,
    };
}
