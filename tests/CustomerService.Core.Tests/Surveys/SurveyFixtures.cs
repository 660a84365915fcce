using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Surveys;

/// <summary>Ids, instants and responses shared by the survey tests.</summary>
internal static class SurveyFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 3, 9, 0);

    public static readonly CustomerId Customer = CustomerId.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static readonly TicketId SurveyedTicket = TicketId.Parse("a8098c1a-f86e-11da-bd1a-00112444be1e");

    public static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly AgentId OtherAgent = AgentId.Parse("16fd2706-8baf-433b-82eb-8c7fada847da");

    public static readonly SurveyResponseId ResponseId = SurveyResponseId.Parse("6c6f6f6b-0000-4000-8000-00000000000a");

    /// <summary>T0 plus some minutes.</summary>
    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    /// <summary>T0 plus some days.</summary>
    public static Instant Day(int days) => T0 + Duration.FromDays(days);

    /// <summary>A survey about <see cref="SurveyedTicket"/> (cycle 1, attributed to <see cref="Agent"/>) sent at T0.</summary>
    public static SurveyResponse Sent(SurveyDefinition? definition = null, SurveyResponseId? id = null) =>
        SurveyResponse.Send(id ?? ResponseId, definition ?? SurveyDefinition.Csat, Customer, SurveyedTicket, 1, Agent, T0);

    /// <summary>The events recorded since <paramref name="version"/>.</summary>
    public static IReadOnlyList<ISurveyResponseEvent> EventsSince(this SurveyResponse response, long version) => [.. response.History.Skip((int)version)];

    /// <summary>The command throws the rule with <paramref name="code"/> and leaves the response exactly as it was.</summary>
    public static DomainRuleViolationException ShouldViolate(this SurveyResponse response, string code, Action command)
    {
        var before = SurveyResponseSnapshot.Of(response);
        var exception = command.Should().Throw<DomainRuleViolationException>().Which;
        exception.Code.Should().Be(code);
        SurveyResponseSnapshot.Of(response).ShouldMatch(before);
        return exception;
    }

    /// <summary>The command throws <typeparamref name="TException"/> for <paramref name="parameter"/> and leaves the response exactly as it was.</summary>
    public static TException ShouldRejectArgument<TException>(this SurveyResponse response, string parameter, Action command)
        where TException : ArgumentException
    {
        var before = SurveyResponseSnapshot.Of(response);
        var exception = command.Should().Throw<TException>().Which;
        exception.ParamName.Should().Be(parameter);
        SurveyResponseSnapshot.Of(response).ShouldMatch(before);
        return exception;
    }
}

/// <summary>Everything observable about a response, compared member by member.</summary>
internal sealed record SurveyResponseSnapshot
{
    public required SurveyResponseId Id { get; init; }

    public required SurveyDefinition Definition { get; init; }

    public required CustomerId CustomerId { get; init; }

    public required TicketId? TicketId { get; init; }

    public required int Cycle { get; init; }

    public required SurveyResponseKey? Key { get; init; }

    public required AgentId? AttributedAgentId { get; init; }

    public required Instant SentAt { get; init; }

    public required Instant WindowClosesAt { get; init; }

    public required SurveyAnswer[] Answers { get; init; }

    public required int? Score { get; init; }

    public required SurveySentiment? Sentiment { get; init; }

    public required Instant? AnsweredAt { get; init; }

    public required Instant? FirstAnsweredAt { get; init; }

    public required SurveyComment? Comment { get; init; }

    public required Instant? CommentErasedAt { get; init; }

    public required Instant LastChangedAt { get; init; }

    public required long Version { get; init; }

    public required ISurveyResponseEvent[] History { get; init; }

    public required int PendingDomainEvents { get; init; }

    public required string Text { get; init; }

    public static SurveyResponseSnapshot Of(SurveyResponse response) => new()
    {
        Id = response.Id,
        Definition = response.Definition,
        CustomerId = response.CustomerId,
        TicketId = response.TicketId,
        Cycle = response.Cycle,
        Key = response.Key,
        AttributedAgentId = response.AttributedAgentId,
        SentAt = response.SentAt,
        WindowClosesAt = response.WindowClosesAt,
        Answers = [.. response.Answers],
        Score = response.Score,
        Sentiment = response.Sentiment,
        AnsweredAt = response.AnsweredAt,
        FirstAnsweredAt = response.FirstAnsweredAt,
        Comment = response.Comment,
        CommentErasedAt = response.CommentErasedAt,
        LastChangedAt = response.LastChangedAt,
        Version = response.Version,
        History = [.. response.History],
        PendingDomainEvents = response.DomainEvents.Count,
        Text = response.ToString(),
    };

    /// <summary>Asserts every member is equal: collections in order, events by value.</summary>
    public void ShouldMatch(SurveyResponseSnapshot expected) =>
        Differences(expected).Should().BeEmpty("the response should be {0}", expected.Text);

    /// <summary>The names of the members that differ (hand-written: property tests call it often).</summary>
    public IReadOnlyList<string> Differences(SurveyResponseSnapshot other)
    {
        var differences = new List<string>();
        void Check(bool same, string name)
        {
            if (!same)
            {
                differences.Add(name);
            }
        }

        Check(Id == other.Id && CustomerId == other.CustomerId && TicketId == other.TicketId && Cycle == other.Cycle && Key == other.Key, "identity");
        Check(Definition == other.Definition, nameof(Definition));
        Check(AttributedAgentId == other.AttributedAgentId, nameof(AttributedAgentId));
        Check(SentAt == other.SentAt && WindowClosesAt == other.WindowClosesAt, "sending");
        Check(Answers.SequenceEqual(other.Answers), nameof(Answers));
        Check(Score == other.Score && Sentiment == other.Sentiment && AnsweredAt == other.AnsweredAt && FirstAnsweredAt == other.FirstAnsweredAt, "answer");
        Check(Comment == other.Comment && CommentErasedAt == other.CommentErasedAt, nameof(Comment));
        Check(LastChangedAt == other.LastChangedAt, nameof(LastChangedAt));
        Check(Version == other.Version, nameof(Version));
        Check(History.SequenceEqual(other.History), nameof(History));
        Check(PendingDomainEvents == other.PendingDomainEvents, nameof(PendingDomainEvents));
        Check(Text == other.Text, nameof(Text));
        return differences;
    }
}
