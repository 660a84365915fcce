using System;
using CustomerService.Core.Kpis;

namespace CustomerService.Core.Tests.Kpis;

public sealed class SurveyTallyTests
{
    [Fact]
    public void Csat_EightSatisfiedOfTenRated_IsEighty()
    {
        var tally = default(CsatTally);
        for (var i = 0; i < 10; i++)
        {
            tally = tally.Add(isSatisfied: i < 8);
        }

        tally.Should().Be(new CsatTally(10, 8));
        tally.Score.Should().Be(80);
        default(CsatTally).Score.Should().BeNull();
    }

    [Fact]
    public void Nps_FiftyPercentPromotersAndTenPercentDetractors_IsForty()
    {
        var tally = default(NpsTally);
        for (var i = 0; i < 10; i++)
        {
            tally = tally.Add(isPromoter: i < 5, isDetractor: i == 5);
        }

        tally.Score.Should().Be(40);
        tally.Passives.Should().Be(4);
        default(NpsTally).Score.Should().BeNull();
        new NpsTally(4, 0, 4).Score.Should().Be(-100);
    }

    [Fact]
    public void Nps_PromoterAndDetractorAtOnce_Throws()
    {
        var tally = new NpsTally(1, 1, 0);

        tally.Invoking(t => t.Add(isPromoter: true, isDetractor: true)).Should().Throw<ArgumentException>();
        tally.Should().Be(new NpsTally(1, 1, 0));
    }

    [Fact]
    public void Ces_KnownScores_MeanAndPercentEasy()
    {
        var tally = default(CesTally);
        foreach (var score in new[] { 7, 6, 5, 2, 3, 7 })
        {
            tally = tally.Add(score, isEasy: score >= 5);
        }

        tally.Mean.Should().Be(5);
        tally.PercentEasy.Should().BeApproximately(66.667, 0.001);
        default(CesTally).Mean.Should().BeNull();
        tally.Invoking(t => t.Add(-1, isEasy: false)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Merge_AddsTheCounts()
    {
        new CsatTally(3, 2).Merge(new CsatTally(7, 6)).Should().Be(new CsatTally(10, 8));
        new NpsTally(3, 2, 1).Merge(new NpsTally(7, 3, 0)).Should().Be(new NpsTally(10, 5, 1));
        new CesTally(2, 9, 1).Merge(new CesTally(1, 7, 1)).Should().Be(new CesTally(3, 16, 2));
        new KpiRate(1, 2).Merge(new KpiRate(3, 4)).Should().Be(new KpiRate(4, 6));
        new KpiRate(0, 0).Value.Should().BeNull();
    }
}
