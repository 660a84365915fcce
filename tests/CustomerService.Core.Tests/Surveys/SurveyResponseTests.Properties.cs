using System;
using System.Linq;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Surveys;
using NodaTime;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Surveys;

public sealed partial class SurveyResponseTests
{
    // A short window and a ticket that may close, so that generated histories cross both edges.
    private static readonly SurveyDefinition[] PropertyDefinitions =
    [
        new(SurveyScale.Csat5, Duration.FromHours(3), closesWithTicket: true),
        new(SurveyScale.Nps, Duration.FromHours(4)),
        new(SurveyScale.CsatGoodBad, Duration.FromHours(2), closesWithTicket: true),
    ];

    private static readonly SurveyComment?[] PropertyComments = [null, Thanks, Changed, null];

    // One step: 0-5 answer (score = argument - 1, so it may fall off the scale), 6 erase the comment,
    // 7 dequeue; minutes after the last change (-1 goes back in time); an argument.
    private static readonly Gen<(int Definition, int ClosedAfterMinutes, (int Operation, int Minutes, int Argument)[] Steps)> Histories =
        Gen.Select(
            Gen.Int[0, PropertyDefinitions.Length - 1],
            Gen.Int[-1, 300],
            Gen.Select(Gen.Int[0, 7], Gen.Int[-1, 40], Gen.Int[0, 11]).Array[0, 30]);

    [Fact]
    public void Property_CanQueries_AgreeWithTheCommands_AndARejectedCommandChangesNothing()
    {
        Histories.Sample(
            h =>
            {
                var (response, closedAt) = Start(h.Definition, h.ClosedAfterMinutes);
                foreach (var (operation, minutes, argument) in h.Steps)
                {
                    var at = response.LastChangedAt + Duration.FromMinutes(minutes);
                    var before = SurveyResponseSnapshot.Of(response);
                    var allowed = Can(response, operation, at, argument, closedAt);
                    try
                    {
                        Run(response, operation, at, argument, closedAt);
                    }
                    catch (DomainRuleViolationException)
                    {
                        allowed.Should().BeFalse("the command was rejected, so its Can... query must say so");
                        SurveyResponseSnapshot.Of(response).ShouldMatch(before);
                        continue;
                    }

                    allowed.Should().BeTrue("the command was accepted, so its Can... query must say so");
                    response.History.Should().HaveCount((int)response.Version);
                    response.Answers.All(a => response.Scale.Contains(a.Score) && a.AnsweredAt < response.WindowClosesAt).Should().BeTrue();
                }
            },
            iter: MutationRun.Iter(500));
    }

    [Fact]
    public void Property_RehydrateOfAnyLegalHistory_GivesTheSameResponse()
    {
        Histories.Sample(
            h =>
            {
                var (live, closedAt) = Start(h.Definition, h.ClosedAfterMinutes);
                foreach (var (operation, minutes, argument) in h.Steps)
                {
                    var at = live.LastChangedAt + Duration.FromMinutes(Math.Max(0, minutes));
                    if (Can(live, operation, at, argument, closedAt))
                    {
                        Run(live, operation, at, argument, closedAt);
                    }
                }

                var rebuilt = SurveyResponse.Rehydrate(live.Id, live.History.ToList());
                SurveyResponseSnapshot.Of(rebuilt).ShouldMatch(SurveyResponseSnapshot.Of(live) with { PendingDomainEvents = 0 });
            },
            iter: MutationRun.Iter(500));
    }

    /// <summary>A response sent at T0, and the instant its ticket closed (none for a negative number of minutes).</summary>
    private static (SurveyResponse Response, Instant? ClosedAt) Start(int definition, int closedAfterMinutes) =>
        (Sent(PropertyDefinitions[definition]), closedAfterMinutes >= 0 ? At(closedAfterMinutes) : null);

    private static bool Can(SurveyResponse response, int operation, Instant at, int argument, Instant? closedAt) => operation switch
    {
        <= 5 => response.CanAnswer(argument - 1, at, closedAt),
        6 => response.CanEraseComment(at),
        _ => true,
    };

    private static void Run(SurveyResponse response, int operation, Instant at, int argument, Instant? closedAt)
    {
        switch (operation)
        {
            case <= 5:
                response.Answer(argument - 1, at, PropertyComments[argument % PropertyComments.Length], closedAt);
                break;
            case 6:
                response.EraseComment(at);
                break;
            default:
                response.DequeueDomainEvents();
                break;
        }
    }
}
