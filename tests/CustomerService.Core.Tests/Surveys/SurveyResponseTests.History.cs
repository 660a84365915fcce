using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

public sealed partial class SurveyResponseTests
{
    private static readonly SurveyResponseId OtherResponse = SurveyResponseId.Parse("6c6f6f6b-0000-4000-8000-00000000000b");

    [Fact]
    public void Rehydrate_OfARecordedHistory_GivesTheSameResponse_WithNoPendingEvents()
    {
        var live = Sent(new SurveyDefinition(SurveyScale.Nps, Duration.FromDays(7), closesWithTicket: true));
        live.Answer(9, At(10), Thanks);
        live.Answer(6, At(20), Changed);
        live.EraseComment(At(30));
        live.Answer(7, At(40));

        var rebuilt = SurveyResponse.Rehydrate(live.Id, live.History);

        SurveyResponseSnapshot.Of(rebuilt).ShouldMatch(SurveyResponseSnapshot.Of(live) with { PendingDomainEvents = 0 });
        rebuilt.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Rehydrate_OfAHistoryStoredBeforeTheErasure_ForgetsTheCommentsToo()
    {
        var live = Sent();
        live.Answer(5, At(10), Thanks);
        IReadOnlyList<ISurveyResponseEvent> unpurged = [.. live.History, new SurveyCommentErased(ResponseId, At(20))];
        live.EraseComment(At(20));

        var rebuilt = SurveyResponse.Rehydrate(ResponseId, unpurged);

        SurveyResponseSnapshot.Of(rebuilt).ShouldMatch(SurveyResponseSnapshot.Of(live) with { PendingDomainEvents = 0 });
        rebuilt.History.OfType<SurveyAnswered>().Single().Comment.Should().BeNull();
    }

    public static TheoryData<string, string> BadHistories =>
    [
        ("empty", SurveyErrors.HistoryEmpty),
        ("null event", SurveyErrors.HistoryNullEvent),
        ("other response", SurveyErrors.HistoryOtherResponse),
        ("starts with an answer", SurveyErrors.HistoryNotSent),
        ("sent twice", SurveyErrors.HistorySentTwice),
        ("answered twice", SurveyErrors.HistoryStateMismatch),
        ("revision of an unanswered survey", SurveyErrors.HistoryStateMismatch),
        ("revision from another score", SurveyErrors.HistoryStateMismatch),
        ("score off the scale", SurveyErrors.ScoreOffScale),
        ("answer after the window", SurveyErrors.WindowClosed),
        ("back in time", SurveyErrors.InstantBeforeLastEvent),
        ("unknown event", SurveyErrors.HistoryUnknownEvent),
    ];

    [Theory]
    [MemberData(nameof(BadHistories))]
    public void Rehydrate_OfAHistoryNoResponseCouldRecord_ThrowsWithTheCode(string name, string code)
    {
        var sent = new SurveySent(ResponseId, SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, T0);
        var answered = new SurveyAnswered(ResponseId, 4, Thanks, At(10));
        ISurveyResponseEvent?[] history = name switch
        {
            "empty" => [],
            "null event" => [sent, null],
            "other response" => [sent, answered with { ResponseId = OtherResponse }],
            "starts with an answer" => [answered, sent],
            "sent twice" => [sent, sent],
            "answered twice" => [sent, answered, answered with { OccurredAt = At(11) }],
            "revision of an unanswered survey" => [sent, new SurveyAnswerRevised(ResponseId, 4, 5, null, At(10))],
            "revision from another score" => [sent, answered, new SurveyAnswerRevised(ResponseId, 3, 5, null, At(11))],
            "score off the scale" => [sent, answered with { Score = 6 }],
            "answer after the window" => [sent, answered with { OccurredAt = Day(28) }],
            "back in time" => [sent, answered, new SurveyCommentErased(ResponseId, At(9))],
            _ => [sent, new UnknownSurveyEvent(ResponseId, At(1))],
        };

        FluentActions.Invoking(() => SurveyResponse.Rehydrate(ResponseId, history!))
            .Should().Throw<ArgumentException>().WithParameterName("history")
            .Which.Message.Should().Contain(code).And.NotContain(Thanks.Value);
    }

    [Fact]
    public void Rehydrate_OfAnInvalidSurveySent_OrWithBadArguments_Throws()
    {
        var badCustomer = new SurveySent(ResponseId, SurveyDefinition.Csat, default, SurveyedTicket, 1, Agent, T0);

        FluentActions.Invoking(() => SurveyResponse.Rehydrate(ResponseId, [badCustomer])).Should().Throw<ArgumentException>().WithParameterName("customerId");
        FluentActions.Invoking(() => SurveyResponse.Rehydrate(default, [])).Should().Throw<ArgumentException>().WithParameterName("responseId");
        FluentActions.Invoking(() => SurveyResponse.Rehydrate(ResponseId, null!)).Should().Throw<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void Rehydrate_ListsEveryProblem_UpToFive()
    {
        var answered = new SurveyAnswered(ResponseId, 4, null, At(10));

        var message = FluentActions.Invoking(() => SurveyResponse.Rehydrate(ResponseId, [answered, answered, answered, answered, answered, answered, answered]))
            .Should().Throw<ArgumentException>().Which.Message;

        message.Should().Contain("(7 problem(s))").And.Contain("$[4]").And.NotContain("$[5]").And.EndWith("; ... (Parameter 'history')");
    }

    private sealed record UnknownSurveyEvent(SurveyResponseId ResponseId, Instant OccurredAt) : ISurveyResponseEvent;
}
