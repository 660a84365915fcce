using System;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

public sealed partial class SurveyResponseTests
{
    private static readonly SurveyComment Thanks = SurveyComment.Create("Thanks, quick and clear.");

    private static readonly SurveyComment Changed = SurveyComment.Create("On second thought: it broke again.");

    [Fact]
    public void Answer_TheFirstTime_RecordsSurveyAnswered()
    {
        var response = Sent();
        response.CanAnswer(4, At(10)).Should().BeTrue();

        response.Answer(4, At(10), Thanks);

        response.IsAnswered.Should().BeTrue();
        (response.Score, response.Sentiment, response.Comment).Should().Be(((int?)4, (SurveySentiment?)SurveySentiment.Satisfied, Thanks));
        (response.AnsweredAt, response.FirstAnsweredAt, response.LastChangedAt).Should().Be(((Instant?)At(10), (Instant?)At(10), At(10)));
        response.Answers.Should().Equal(new SurveyAnswer(4, At(10)));
        response.EventsSince(1).Should().Equal(new SurveyAnswered(ResponseId, 4, Thanks, At(10)));
        response.Version.Should().Be(2);
        response.ToString().Should().Be($"SurveyResponse {ResponseId} (CSAT 1-5, score 4, version 2)");
    }

    [Fact]
    public void Answer_Again_RevisesTheScore_AndKeepsTheEarlierOnesInTheAnswers()
    {
        var response = Sent();
        response.Answer(5, At(10), Thanks);

        response.Answer(2, Day(3), Changed);
        response.Answer(3, Day(4));

        (response.Score, response.Sentiment).Should().Be(((int?)3, (SurveySentiment?)SurveySentiment.Neutral));
        response.Answers.Should().Equal(new SurveyAnswer(5, At(10)), new SurveyAnswer(2, Day(3)), new SurveyAnswer(3, Day(4)));
        (response.FirstAnsweredAt, response.AnsweredAt).Should().Be(((Instant?)At(10), (Instant?)Day(4)));
        response.Comment.Should().Be(Changed, "a revision without a comment keeps the current one");
        response.EventsSince(2).Should().Equal(
            new SurveyAnswerRevised(ResponseId, 5, 2, Changed, Day(3)),
            new SurveyAnswerRevised(ResponseId, 2, 3, null, Day(4)));
        response.Version.Should().Be(4);
        response.Key.Should().Be(new SurveyResponseKey(SurveyedTicket, SurveyKind.Csat, 1), "a revision is the same response");
    }

    [Fact]
    public void Answer_WithTheSameScoreAndANewComment_IsARevision()
    {
        var response = Sent();
        response.Answer(5, At(10));

        response.Answer(5, At(11), Thanks);

        response.Comment.Should().Be(Thanks);
        response.Answers.Should().Equal(new SurveyAnswer(5, At(10)), new SurveyAnswer(5, At(11)));
        response.EventsSince(2).Should().Equal(new SurveyAnswerRevised(ResponseId, 5, 5, Thanks, At(11)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Answer_IdenticalToTheCurrentOne_RecordsNothing(bool withComment)
    {
        var response = Sent();
        response.Answer(4, At(10), Thanks);
        var before = SurveyResponseSnapshot.Of(response);

        response.CanAnswer(4, At(20)).Should().BeTrue();
        response.Answer(4, At(20), withComment ? SurveyComment.Create(" Thanks, quick and clear. ") : null);

        SurveyResponseSnapshot.Of(response).ShouldMatch(before);
    }

    [Theory]
    [InlineData(SurveyKind.Csat, 0)]
    [InlineData(SurveyKind.Csat, 6)]
    [InlineData(SurveyKind.Nps, -1)]
    [InlineData(SurveyKind.Nps, 11)]
    [InlineData(SurveyKind.Ces, 0)]
    [InlineData(SurveyKind.Ces, 8)]
    [InlineData(SurveyKind.Csat, int.MaxValue)]
    public void Answer_OffTheScale_IsRefused(SurveyKind kind, int score)
    {
        var response = Sent(SurveyDefinition.DefaultFor(kind));

        response.CanAnswer(score, At(10)).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.ScoreOffScale, () => response.Answer(score, At(10), Thanks))
            .Message.Should().Contain($"{score}").And.Contain(response.Scale.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Answer_OffTheScale_OfAnAnsweredSurvey_IsRefused(int score)
    {
        var response = Sent(new SurveyDefinition(SurveyScale.CsatGoodBad));
        response.Answer(2, At(10));

        response.CanAnswer(score, At(11)).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.ScoreOffScale, () => response.Answer(score, At(11)));
    }

    [Fact]
    public void Answer_AtTheInstantOfSending_IsAccepted_AndJustBeforeIsRefused()
    {
        Sent().CanAnswer(3, T0).Should().BeTrue();

        var response = Sent();
        response.CanAnswer(3, T0 - Duration.Epsilon).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.InstantBeforeLastEvent, () => response.Answer(3, T0 - Duration.Epsilon));
    }

    [Fact]
    public void Answer_EarlierThanTheLastAnswer_IsRefused_AndAtTheSameInstantAccepted()
    {
        var response = Sent();
        response.Answer(4, At(10));

        response.CanAnswer(2, At(9)).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.InstantBeforeLastEvent, () => response.Answer(2, At(9)));
        response.Answer(2, At(10));
        response.Score.Should().Be(2);
    }

    [Fact]
    public void Answer_AtExactlyTheEndOfTheWindow_IsRefused_OneTickBeforeIsAccepted()
    {
        var end = T0 + Duration.FromDays(28);
        var response = Sent();
        response.WindowClosesAt.Should().Be(end);

        response.CanAnswer(5, end - Duration.Epsilon).Should().BeTrue();
        response.CanAnswer(5, end).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.WindowClosed, () => response.Answer(5, end))
            .Message.Should().Contain(end.ToString());

        response.Answer(5, end - Duration.Epsilon);
        response.Score.Should().Be(5);
    }

    [Fact]
    public void Answer_Revising_AfterTheWindow_IsRefused_AndTheEarlierScoreStays()
    {
        var response = Sent();
        response.Answer(5, Day(1));

        response.CanAnswer(1, Day(28)).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.WindowClosed, () => response.Answer(1, Day(28)));
        response.Score.Should().Be(5);
    }

    [Fact]
    public void Answer_WithAConfiguredWindow_UsesIt()
    {
        var response = Sent(new SurveyDefinition(SurveyScale.Nps, Duration.FromHours(72)));

        response.WindowClosesAt.Should().Be(T0 + Duration.FromHours(72));
        response.CanAnswer(9, Day(3) - Duration.Epsilon).Should().BeTrue();
        response.ShouldViolate(SurveyErrors.WindowClosed, () => response.Answer(9, Day(3)));
    }

    [Fact]
    public void Answer_AfterTheTicketClosed_IsRefused_WhenTheDefinitionSaysSo()
    {
        var response = Sent(new SurveyDefinition(SurveyScale.Csat5, closesWithTicket: true));

        response.CanAnswer(4, At(59), ticketClosedAt: At(60)).Should().BeTrue();
        response.CanAnswer(4, At(60), ticketClosedAt: At(60)).Should().BeFalse("a ticket closed at an instant is closed at that instant");
        response.ShouldViolate(SurveyErrors.TicketClosed, () => response.Answer(4, At(60), Thanks, ticketClosedAt: At(60)));
        response.ShouldViolate(SurveyErrors.TicketClosed, () => response.Answer(4, Day(2), ticketClosedAt: At(60)));
        response.CanAnswer(4, Day(2)).Should().BeTrue("without a closing instant the ticket is open");

        response.Answer(4, At(59), ticketClosedAt: At(60));
        response.ShouldViolate(SurveyErrors.TicketClosed, () => response.Answer(2, At(61), ticketClosedAt: At(60)));
        response.Score.Should().Be(4);
    }

    [Fact]
    public void Answer_AfterTheTicketClosed_IsAccepted_WhenTheDefinitionDoesNotSaySo()
    {
        var response = Sent(SurveyDefinition.Csat);

        response.CanAnswer(4, Day(2), ticketClosedAt: At(60)).Should().BeTrue();
        response.Answer(4, Day(2), ticketClosedAt: At(60));
        response.Score.Should().Be(4);
    }

    [Fact]
    public void Answer_BreakingSeveralRules_ReportsTheFirstInTheDocumentedOrder()
    {
        var response = Sent(new SurveyDefinition(SurveyScale.Csat5, closesWithTicket: true));
        response.Answer(4, Day(1));

        response.ShouldViolate(SurveyErrors.ScoreOffScale, () => response.Answer(9, At(1), ticketClosedAt: At(0)));
        response.ShouldViolate(SurveyErrors.InstantBeforeLastEvent, () => response.Answer(3, At(1), ticketClosedAt: At(0)));
        response.ShouldViolate(SurveyErrors.WindowClosed, () => response.Answer(3, Day(30), ticketClosedAt: Day(2)));
        response.ShouldViolate(SurveyErrors.TicketClosed, () => response.Answer(3, Day(3), ticketClosedAt: Day(2)));
    }

    [Fact]
    public void Answer_WithInstantsThatAreNotRealOnes_Throws_AndChangesNothing()
    {
        var response = Sent();

        response.ShouldRejectArgument<ArgumentOutOfRangeException>("at", () => response.Answer(4, Instant.MaxValue));
        response.ShouldRejectArgument<ArgumentOutOfRangeException>("ticketClosedAt", () => response.Answer(4, At(1), ticketClosedAt: Instant.MinValue));
        FluentActions.Invoking(() => response.CanAnswer(4, Instant.MinValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("at");
    }

    [Theory]
    [InlineData(SurveyKind.Csat, 1, SurveySentiment.Dissatisfied)]
    [InlineData(SurveyKind.Nps, 8, SurveySentiment.Passive)]
    [InlineData(SurveyKind.Nps, 10, SurveySentiment.Promoter)]
    [InlineData(SurveyKind.Ces, 5, SurveySentiment.Easy)]
    public void Sentiment_IsTheBandOfTheCurrentScore(SurveyKind kind, int score, SurveySentiment expected)
    {
        var response = Sent(SurveyDefinition.DefaultFor(kind));

        response.Answer(score, At(1));

        response.Sentiment.Should().Be(expected).And.Be(response.Scale.Classify(score));
    }
}
