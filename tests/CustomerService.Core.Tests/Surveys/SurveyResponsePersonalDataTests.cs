using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

/// <summary>
/// No comment in anything a host might log: <c>ToString()</c> of responses, comments and events, and
/// the messages of every exception the survey code throws.
/// </summary>
public sealed class SurveyResponsePersonalDataTests
{
    private const string Pii = "Jane Doe <jane.doe@example.com>, call +14155550123";

    private static readonly string[] Needles = ["Jane", "jane.doe@example.com", "+14155550123", "4155550123", "example.com"];

    private static readonly SurveyComment Comment = SurveyComment.Create("Ask for " + Pii);

    [Fact]
    public void ToString_OfResponsesCommentsAndEvents_HasNoComment()
    {
        var response = Sent(new SurveyDefinition(SurveyScale.Csat5, closesWithTicket: true));
        response.Answer(5, At(1), Comment);
        response.Answer(2, At(2), SurveyComment.Create(Pii));
        var texts = new List<string> { response.ToString(), Comment.ToString() };
        texts.AddRange(response.History.Select(e => e.ToString()!));
        response.EraseComment(At(3));
        texts.AddRange(response.DomainEvents.Select(e => e.ToString()!));

        var everyEventType = typeof(ISurveyResponseEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(ISurveyResponseEvent).IsAssignableFrom(t));
        response.DomainEvents.Select(e => e.GetType()).Distinct().Should().BeEquivalentTo(everyEventType, "the scan covers every kind of event");
        texts.Should().Contain(t => t.Contains("[redacted, ", StringComparison.Ordinal), "comments are shown as redacted");
        PersonalDataScan.ShouldHoldNone(texts, Needles);
    }

    [Fact]
    public void Messages_OfEveryExceptionTheSurveyCodeThrows_HaveNoComment()
    {
        var response = Sent(new SurveyDefinition(SurveyScale.Csat5, closesWithTicket: true));
        response.Answer(5, At(10), Comment);
        Action[] actions =
        [
            () => response.Answer(9, At(11), Comment),
            () => response.Answer(4, At(9), Comment),
            () => response.Answer(4, Day(29), Comment),
            () => response.Answer(4, At(12), Comment, ticketClosedAt: At(11)),
            () => response.Answer(4, Instant.MaxValue, Comment),
            () => response.EraseComment(At(1)),
            () => SurveyComment.Create(Pii + "\u0007"),
            () => SurveyComment.Create(Pii + new string('x', SurveyComment.MaxLength)),
            () => SurveyResponse.Rehydrate(ResponseId, [.. response.History.Reverse()]),
            () => SurveyResponse.Rehydrate(ResponseId, [.. response.History, new SurveyAnswered(ResponseId, 4, Comment, At(20))]),
        ];

        var messages = actions.Select(PersonalDataScan.ThrownText).ToList();

        messages.Should().HaveCount(actions.Length);
        PersonalDataScan.ShouldHoldNone(messages, Needles);
    }
}
