using System;
using System.Linq;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

public sealed partial class SurveyResponseTests
{
    [Fact]
    public void EraseComment_RemovesItFromTheResponseAndItsHistory_AndKeepsTheScores()
    {
        var response = Sent();
        response.Answer(5, At(10), Thanks);
        response.Answer(2, At(20), Changed);
        response.Answer(3, At(30));

        response.CanEraseComment(At(40)).Should().BeTrue();
        response.EraseComment(At(40));

        response.Comment.Should().BeNull();
        response.CommentErasedAt.Should().Be(At(40));
        response.Answers.Select(a => a.Score).Should().Equal(5, 2, 3);
        response.History.Should().Equal(
            new SurveySent(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, T0),
            new SurveyAnswered(ResponseId, 5, null, At(10)),
            new SurveyAnswerRevised(ResponseId, 5, 2, null, At(20)),
            new SurveyAnswerRevised(ResponseId, 2, 3, null, At(30)),
            new SurveyCommentErased(ResponseId, At(40)));
        response.Version.Should().Be(5);
        response.LastChangedAt.Should().Be(At(40));
    }

    [Fact]
    public void EraseComment_LeavesTheCommentNowhereInTheResponse()
    {
        var response = Sent();
        response.Answer(5, At(10), Thanks);
        response.Answer(4, At(20), Changed);
        response.DequeueDomainEvents();
        ObjectGraph.Strings(response).Should().Contain(Changed.Value, "the scan must see the fields it checks");

        response.EraseComment(At(30));
        response.DequeueDomainEvents();

        var retained = string.Join("\n", ObjectGraph.Strings(response));
        retained.Should().NotContain(Thanks.Value).And.NotContain(Changed.Value);
    }

    [Fact]
    public void EraseComment_WithoutAComment_DoesNothing_WhateverTheInstant()
    {
        var unanswered = Sent();
        var erased = Sent();
        erased.Answer(5, At(10), Thanks);
        erased.EraseComment(At(20));

        foreach (var response in new[] { unanswered, erased })
        {
            var before = SurveyResponseSnapshot.Of(response);
            response.CanEraseComment(At(30)).Should().BeTrue();
            response.CanEraseComment(T0 - Duration.FromDays(1)).Should().BeTrue();
            response.EraseComment(At(30));
            response.EraseComment(T0 - Duration.FromDays(1));
            SurveyResponseSnapshot.Of(response).ShouldMatch(before);
        }
    }

    [Fact]
    public void EraseComment_EarlierThanTheLastEvent_IsRefused()
    {
        var response = Sent();
        response.Answer(5, At(10), Thanks);

        response.CanEraseComment(At(9)).Should().BeFalse();
        response.ShouldViolate(SurveyErrors.InstantBeforeLastEvent, () => response.EraseComment(At(9)));
        response.ShouldRejectArgument<ArgumentOutOfRangeException>("at", () => response.EraseComment(Instant.MaxValue));
    }

    [Fact]
    public void Answer_AfterTheCommentWasErased_MayBringANewOne()
    {
        var response = Sent();
        response.Answer(5, At(10), Thanks);
        response.EraseComment(At(20));

        response.Answer(5, At(30), Changed);

        response.Comment.Should().Be(Changed);
        response.CommentErasedAt.Should().Be(At(20));
    }
}
