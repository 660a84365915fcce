using System;
using System.Linq;
using CsCheck;
using CustomerService.Core.Escalations;
using CustomerService.Core.SharedKernel;
using NodaTime;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Escalations;

/// <summary>Laws over generated command sequences: the <c>Can...</c> queries agree with the commands, and any history rebuilds the same escalation.</summary>
public sealed class EscalationPropertyTests
{
    // One step: 0 acknowledge, 1 resolve, 2 return, 3 cancel, 4 absorb a step of level (argument + 1), 5 dequeue;
    // minutes after the last change (-1 goes back in time); an argument.
    private static readonly Gen<(int Operation, int Minutes, int Argument)[]> Histories =
        Gen.Select(Gen.Int[0, 5], Gen.Int[-1, 30], Gen.Int[0, 3]).Array[0, 12];

    [Fact]
    public void Property_CanQueries_AgreeWithTheCommands_AndARejectedCommandChangesNothing()
    {
        Histories.Sample(
            steps =>
            {
                var escalation = Start();
                foreach (var (operation, minutes, argument) in steps)
                {
                    var at = escalation.LastChangedAt + Duration.FromMinutes(minutes);
                    var before = Snapshot(escalation);
                    var allowed = Can(escalation, operation, at, argument);
                    try
                    {
                        Run(escalation, operation, at, argument);
                    }
                    catch (DomainRuleViolationException)
                    {
                        allowed.Should().BeFalse("the command was rejected, so its Can... query must say so");
                        Snapshot(escalation).Should().Be(before);
                        continue;
                    }

                    allowed.Should().BeTrue("the command was accepted, so its Can... query must say so");
                    escalation.History.Should().HaveCount((int)escalation.Version);
                    (escalation.ClosedAt is null).Should().Be(escalation.IsOpen);
                }
            },
            iter: MutationRun.Iter(1000));
    }

    [Fact]
    public void Property_RehydrateOfAnyLegalHistory_GivesTheSameEscalation()
    {
        Histories.Sample(
            steps =>
            {
                var live = Start();
                foreach (var (operation, minutes, argument) in steps)
                {
                    var at = live.LastChangedAt + Duration.FromMinutes(Math.Max(0, minutes));
                    if (Can(live, operation, at, argument))
                    {
                        Run(live, operation, at, argument);
                    }
                }

                var rebuilt = Escalation.Rehydrate(live.Id, live.History.ToList());

                Full(rebuilt).Should().Be(Full(live));
                rebuilt.History.Should().Equal(live.History);
                rebuilt.StepKeys.Should().Equal(live.StepKeys);
                rebuilt.DomainEvents.Should().BeEmpty();
            },
            iter: MutationRun.Iter(1000));
    }

    /// <summary>An escalation the policy raised at T0 for level 1, so absorbed steps add keys.</summary>
    private static Escalation Start() => TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, T0), EscalationTarget.Assignee);

    /// <summary>Everything a rebuilt escalation must have as the live one had (pending events aside).</summary>
    private static object Full(Escalation e) =>
        (e.Id, e.TicketId, e.Kind, e.Level, e.From, e.To, e.Reason, e.RaisedBy, e.Note, e.SlaFact, e.Notification, e.RaisedAt,
            e.Status, e.Version, e.AcknowledgedAt, e.AcknowledgedBy, e.ClosedAt, e.ClosingNote, e.LastChangedAt, e.TimeToAcknowledge);

    private static bool Can(Escalation e, int operation, Instant at, int argument) => operation switch
    {
        0 => e.CanAcknowledge(at),
        1 => e.CanResolve(at),
        2 => e.CanReturn(at),
        3 => e.CanCancel(at),
        4 => e.CanAbsorb(Step(argument + 1, at), at),
        _ => true,
    };

    private static void Run(Escalation e, int operation, Instant at, int argument)
    {
        switch (operation)
        {
            case 0:
                e.Acknowledge(Lead, at);
                break;
            case 1:
                e.Resolve(at, argument == 0 ? null : WrongTeam);
                break;
            case 2:
                e.Return(WrongTeam, at);
                break;
            case 3:
                e.Cancel(at, argument == 0 ? WrongTeam : null);
                break;
            case 4:
                e.Absorb(Step(argument + 1, at), at);
                break;
            default:
                e.DequeueDomainEvents();
                break;
        }
    }
}
