using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Tests.TestSupport;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;

namespace CustomerService.Core.Tests.Escalations.Rules;

/// <summary>Every command in every status, through the public API: the move it makes or the code it breaks, and its <c>Can...</c> query agreeing.</summary>
public sealed class EscalationLifecycleTests
{
    private const string Closed = EscalationErrors.Closed;

    // Written out from the design (Raised -> Acknowledged -> Resolved, or Returned, or Cancelled), not read from the table under test.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        //                 Raised                                Acknowledged                              Resolved Returned Cancelled
        ["Acknowledge"] = ["Acknowledged",                       EscalationErrors.AlreadyAcknowledged,     Closed,  Closed,  Closed],
        ["Resolve"] =     [EscalationErrors.NotAcknowledged,     "Resolved",                               Closed,  Closed,  Closed],
        ["Return"] =      ["Returned",                           "Returned",                               Closed,  Closed,  Closed],
        ["Cancel"] =      ["Cancelled",                          "Cancelled",                              Closed,  Closed,  Closed],
        ["Absorb"] =      ["Raised",                             "Acknowledged",                           Closed,  Closed,  Closed],
    };

    private static readonly Dictionary<string, (Func<Escalation, bool> Can, Action<Escalation> Run)> Commands = new()
    {
        ["Acknowledge"] = (e => e.CanAcknowledge(At(30)), e => e.Acknowledge(Lead, At(30))),
        ["Resolve"] = (e => e.CanResolve(At(30)), e => e.Resolve(At(30))),
        ["Return"] = (e => e.CanReturn(At(30)), e => e.Return(WrongTeam, At(30))),
        ["Cancel"] = (e => e.CanCancel(At(30)), e => e.Cancel(At(30))),
        ["Absorb"] = (e => e.CanAbsorb(Step(2), At(30)), e => e.Absorb(Step(2), At(30))),
    };

    public static TheoryData<string, EscalationStatus> EveryCommandInEveryStatus()
    {
        var data = new TheoryData<string, EscalationStatus>();
        foreach (var command in Expected.Keys)
        {
            foreach (var status in Enum.GetValues<EscalationStatus>())
            {
                data.Add(command, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryStatus))]
    public void Command_InStatus_MovesAsTheDesignSaysOrBreaksItsRule(string command, EscalationStatus status)
    {
        var escalation = In(status);
        var expected = Expected[command][(int)status];
        var (can, run) = Commands[command];
        var before = Snapshot(escalation);

        if (expected.Contains('.', StringComparison.Ordinal))
        {
            can(escalation).Should().BeFalse();
            CodeOf(() => run(escalation)).Should().Be(expected);
            Snapshot(escalation).Should().Be(before, "a rejected command changes nothing");
        }
        else
        {
            can(escalation).Should().BeTrue();
            run(escalation);
            escalation.Status.Should().Be(Enum.Parse<EscalationStatus>(expected));
            escalation.Version.Should().Be((long)escalation.History.Count);
            escalation.LastChangedAt.Should().Be(At(30));
        }
    }

    [Fact]
    public void Commands_BeforeTheLastEvent_AreRejected_AndChangeNothing()
    {
        foreach (var (name, (_, run)) in Commands)
        {
            var escalation = In(EscalationStatus.Raised);
            escalation.Acknowledge(Lead, At(40));
            var before = Snapshot(escalation);
            var code = CodeOf(() => run(escalation));
            if (name is "Acknowledge")
            {
                code.Should().Be(EscalationErrors.AlreadyAcknowledged, "the lifecycle is checked before the instant");
            }
            else
            {
                code.Should().Be(EscalationErrors.InstantBeforeLastEvent, name);
            }

            Snapshot(escalation).Should().Be(before);
        }
    }

    [Fact]
    public void OpenStatuses_AreRaisedAndAcknowledged_AndOnlyThoseHaveAnOpenKey()
    {
        foreach (var status in Enum.GetValues<EscalationStatus>())
        {
            var escalation = In(status);
            var open = status is EscalationStatus.Raised or EscalationStatus.Acknowledged;
            escalation.IsOpen.Should().Be(open, status.ToString());
            (escalation.OpenKey is not null).Should().Be(open);
        }
    }

    [Fact]
    public void Docs_ShowTheSameTable()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "escalations.md"));
        foreach (var (command, cells) in Expected)
        {
            var row = doc.Single(l => l.StartsWith($"| `{command}`", StringComparison.Ordinal));
            var documented = row.Split('|', StringSplitOptions.TrimEntries)[2..^1];
            documented.Select(c => c.Trim('`').Replace("-> ", string.Empty, StringComparison.Ordinal).Replace("stays ", string.Empty, StringComparison.Ordinal))
                .Should().Equal(cells, $"the row of {command} in docs/escalations.md");
        }
    }

    /// <summary>An escalation brought to <paramref name="status"/> by its commands, the last at minute 20.</summary>
    private static Escalation In(EscalationStatus status)
    {
        var escalation = Raised();
        switch (status)
        {
            case EscalationStatus.Acknowledged:
                escalation.Acknowledge(Lead, At(20));
                break;
            case EscalationStatus.Resolved:
                escalation.Acknowledge(Lead, At(10));
                escalation.Resolve(At(20));
                break;
            case EscalationStatus.Returned:
                escalation.Return(WrongTeam, At(20));
                break;
            case EscalationStatus.Cancelled:
                escalation.Cancel(At(20));
                break;
        }

        escalation.Status.Should().Be(status);
        return escalation;
    }
}
