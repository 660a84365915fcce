using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla;

/// <summary>The engine's laws (issue 5) over generated histories, policies on a DST zone, and every retargeting option.</summary>
public sealed class SlaEnginePropertyTests
{
    private static readonly SlaEngine[] PlainEngines = [.. Enum.GetValues<SlaRetargeting>().Select(r => PlainEngine(r))];

    private static readonly Action<Ticket, Instant, int>[] Operations =
    [
        (t, at, _) => t.Writes(at),
        (t, at, _) => t.Reply(at),
        (t, at, _) => t.Note(at),
        (t, at, a) => t.AddSystemMessage("bot", isPublic: a % 2 == 0, at),
        (t, at, _) => t.ChangeStatus(TicketStatus.Pending, at),
        (t, at, _) => t.ChangeStatus(TicketStatus.OnHold, at),
        (t, at, _) => t.ChangeStatus(TicketStatus.Open, at),
        (t, at, _) => t.Solve(at),
        (t, at, _) => t.Reopen(at),
        (t, at, a) => t.ChangePriority((Priority)(a + 1), at),
        (t, at, a) => t.AssignToGroup(a % 2 == 0 ? Billing : GroupId.Parse("c9bf9e57-1685-4c89-bafb-ff5af830be8a"), at),
        (t, at, a) => t.AddTags([a % 2 == 0 ? "vip" : "refund"], at),
        (t, at, _) => t.RemoveTags(["vip"], at),
    ];

    // A start in 2025 (minutes from New Year, so that DST changes are crossed) and steps of (operation, minutes later, argument).
    private static readonly Gen<(int Start, (int Operation, int Minutes, int Argument)[] Steps, int Retargeting)> Cases =
        Gen.Select(
            Gen.Int[0, 364 * 24 * 60],
            Gen.Select(Gen.Int[0, Operations.Length - 1], Gen.Int[0, 3000], Gen.Int[0, 3]).Array[0, 25],
            Gen.Int[0, 2]);

    [Fact]
    public void Property_ElapsedNeverExceedsCalendarTimeSinceStart()
    {
        Cases.Sample(c =>
        {
            var (ticket, engine, end) = Build(c);
            foreach (var at in Instants(ticket, end))
            {
                foreach (var state in engine.Evaluate(ticket, at).Targets)
                {
                    var until = state.EndedAt ?? at;
                    state.Elapsed.Should().BeLessThanOrEqualTo(until - state.StartedAt, state.ToString());
                    state.Elapsed.Should().BeGreaterThanOrEqualTo(Duration.Zero);
                    state.PausedTime.Should().BeGreaterThanOrEqualTo(Duration.Zero);
                    state.IsBreached.Should().Be(state.Stage == SlaStage.Breached);
                }
            }
        }, iter: MutationRun.Iter(150));
    }

    [Fact]
    public void Property_EvaluatingLaterNeverUnbreachesATarget()
    {
        Cases.Sample(c =>
        {
            var (ticket, engine, end) = Build(c);
            var breached = new Dictionary<(SlaPolicyKind, string, int, Instant), Instant>();
            foreach (var at in Instants(ticket, end))
            {
                var states = engine.Evaluate(ticket, at).Targets.ToDictionary(s => (s.Kind, s.Metric.Id, s.Cycle, s.StartedAt));
                foreach (var (key, breachAt) in breached)
                {
                    states.Should().ContainKey(key);
                    states[key].IsBreached.Should().BeTrue($"{key} breached at {breachAt} and is evaluated later at {at}");
                    states[key].BreachAt.Should().Be(breachAt, "a breach instant is a fact; looking later does not move it");
                }

                foreach (var (key, state) in states.Where(s => s.Value.IsBreached))
                {
                    breached.TryAdd(key, state.BreachAt);
                    (state.BreachAt <= at).Should().BeTrue( "a target is breached once elapsed exceeds it, after BreachAt (or at a retargeting that used it up)");
                }
            }
        }, iter: MutationRun.Iter(150));
    }

    [Fact]
    public void Property_ReevaluatingAStoredHistory_GivesTheSameReport()
    {
        Cases.Sample(c =>
        {
            var (ticket, engine, end) = Build(c);
            var stored = Ticket.Rehydrate(ticket.Id, ticket.History.ToList());
            foreach (var at in Instants(ticket, end))
            {
                Describe(engine.Evaluate(stored, at)).Should().Equal(Describe(engine.Evaluate(ticket, at)));
            }
        }, iter: MutationRun.Iter(100));
    }

    [Fact]
    public void Property_ATargetIsBreachedExactlyWhenElapsedExceedsIt_UnderAFixedTarget()
    {
        // With one target for every priority and no policy changes, stage and elapsed must agree exactly.
        Cases.Sample(c =>
        {
            var (ticket, _, end) = Build(c);
            var engine = SlaFixtures.Engine(SlaMetric.Resolution, Duration.FromHours(6), "support-ny", SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(50));
            foreach (var at in Instants(ticket, end))
            {
                foreach (var state in engine.Evaluate(ticket, at).Targets)
                {
                    state.IsBreached.Should().Be(state.Elapsed > state.Target.Duration, state.ToString());
                    state.Warnings.Should().HaveCount(state.Elapsed >= Duration.FromHours(3) ? 1 : 0, state.ToString());
                    if (state.Warnings.Count == 1)
                    {
                        var then = engine.Evaluate(ticket, state.Warnings[0].At).Targets.Single(s => s.Cycle == state.Cycle);
                        then.Elapsed.Should().Be(Duration.FromHours(3), "a warning is reached at the instant its share of the target is used");
                        SupportNewYork.IsOpen(state.Warnings[0].At - Duration.Epsilon).Should().BeTrue("a business-hours warning lands in open time or at a closing, never at night");
                    }
                }
            }
        }, iter: MutationRun.Iter(150));
    }

    [Fact]
    public void Property_ReplayShortcuts_ChangeNoReport()
    {
        // The replay steps only the clocks an event can move and rebinds only on attributes a policy reads; replaying
        // without these shortcuts must give the same states and explanations, under conditions and without them.
        Cases.Sample(c =>
        {
            var (ticket, engine, end) = Build(c);
            var retargeting = (SlaRetargeting)c.Retargeting;
            var pairs = new[] { (engine, Engine(retargeting, exhaustive: true)), (PlainEngines[c.Retargeting], PlainEngine(retargeting, exhaustive: true)) };
            foreach (var (fast, full) in pairs)
            {
                foreach (var at in Instants(ticket, end))
                {
                    Describe(fast.Evaluate(ticket, at)).Should().Equal(Describe(full.Evaluate(ticket, at)), $"at {at}");
                }

                fast.Evaluate(ticket, end).Targets.Select(s => s.Explain().ToString())
                    .Should().Equal(full.Evaluate(ticket, end).Targets.Select(s => s.Explain().ToString()));
            }
        }, iter: MutationRun.Iter(100));
    }

    internal static (Ticket Ticket, SlaEngine Engine, Instant End) Build((int Start, (int Operation, int Minutes, int Argument)[] Steps, int Retargeting) c)
    {
        var start = Instant.FromUtc(2025, 1, 1, 0, 0) + Duration.FromMinutes(c.Start);
        var ticket = Open(start);
        var at = start;
        foreach (var (operation, minutes, argument) in c.Steps)
        {
            at += Duration.FromMinutes(minutes);
            try
            {
                Operations[operation](ticket, at, argument);
            }
            catch (CustomerService.Core.SharedKernel.DomainRuleViolationException)
            {
                // An illegal step for this ticket's state: skip it, as a help desk would not allow it.
            }
        }

        return (ticket, Engine((SlaRetargeting)c.Retargeting), at + Duration.FromDays(3));
    }

    /// <summary>Every built-in metric, business hours with warnings, one policy without conditions: the engine skips the most on it.</summary>
    private static SlaEngine PlainEngine(SlaRetargeting retargeting, bool exhaustive = false)
    {
        var warnings = new[] { SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.PercentOfTarget(75) };
        var policy = SlaPolicy.Create("plain");
        foreach (var priority in Enum.GetValues<Priority>())
        {
            foreach (var metric in SlaMetric.BuiltIn)
            {
                policy.WithTarget(new SlaTarget(metric, priority, Duration.FromHours(12 - (2 * (int)priority)), warnings: warnings));
            }
        }

        var set = SlaPolicySet.Create().Add(policy.Build()).WithDefaultCalendar("support-ny").WithRetargeting(retargeting).Build();
        return new SlaEngine(set, AllCalendars, exhaustive);
    }

    private static SlaEngine Engine(SlaRetargeting retargeting, bool exhaustive = false)
    {
        var warnings = new[] { SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.BeforeBreach(Duration.FromMinutes(30)) };
        var sla = SlaPolicy.Create("standard");
        foreach (var priority in Enum.GetValues<Priority>())
        {
            var hours = Duration.FromHours(10 - (2 * (int)priority));
            sla.WithTarget(new SlaTarget(SlaMetric.FirstReply, priority, hours / 2, warnings: warnings))
                .WithTarget(new SlaTarget(SlaMetric.NextReply, priority, hours / 2, priority == Priority.Urgent ? SlaHoursMode.Calendar : SlaHoursMode.Business))
                .WithTarget(new SlaTarget(SlaMetric.Resolution, priority, hours * 3, warnings: warnings))
                .WithTarget(new SlaTarget(SlaMetric.PausableUpdate, priority, hours));
        }

        var vip = SlaPolicy.Create("vip").When(PolicyCondition.HasAnyTag("vip"))
            .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1), SlaHoursMode.Calendar)
            .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8), SlaHoursMode.Calendar)
            .Build();
        var ola = SlaPolicy.Create("billing", 1, SlaPolicyKind.Ola).When(PolicyCondition.GroupIn(Billing))
            .WithTarget(SlaMetric.AgentWorkTime, Priority.Normal, Duration.FromHours(4))
            .WithTarget(SlaMetric.AgentWorkTime, Priority.High, Duration.FromHours(2))
            .Build();
        var set = SlaPolicySet.Create().Add(vip, sla.Build(), ola).WithDefaultCalendar("support-ny").WithGroupCalendar(Billing, "eight-to-five").WithRetargeting(retargeting).Build();
        return new SlaEngine(set, AllCalendars, exhaustive);
    }

    /// <summary>Each event's instant, a minute after it, and a few instants up to <paramref name="end"/>, in order.</summary>
    private static IEnumerable<Instant> Instants(Ticket ticket, Instant end) =>
        ticket.History.Select(e => e.OccurredAt)
            .SelectMany(t => new[] { t, t + Duration.FromMinutes(1), t + Duration.FromHours(7) })
            .Append(end)
            .Distinct()
            .Order();

    internal static List<string> Describe(SlaReport report) =>
        [.. report.Targets.Select(s => $"{s} {s.Stage} {s.Elapsed} {s.PausedTime} {s.DueAt} {s.BreachAt} {s.EndedAt} {s.CalendarId} {string.Join(",", s.Warnings.Select(w => w.At))}")];
}
