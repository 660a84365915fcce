using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;
using NodaTime;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed partial class SlaPolicyJsonTests
{
    private static readonly Gen<AuthorKind?> OptionalAuthor = Gen.OneOfConst<AuthorKind?>(null, AuthorKind.Customer, AuthorKind.Agent, AuthorKind.System);

    private static readonly Gen<TicketStatus[]> Statuses = Gen.OneOfConst(Enum.GetValues<TicketStatus>()).Array[1, 3];

    // Keys and values that need escaping in JSON, or are not ASCII.
    private static readonly Gen<string> Text = Gen.OneOfConst("plan", "vip", "région é", "quote\"and\\slash", "日本", "42.5", "2025-03-07");

    private static readonly Gen<SlaTrigger> Triggers =
        Gen.Select(
            Gen.OneOfConst(Enum.GetValues<SlaTriggerKind>()),
            OptionalAuthor,
            Gen.OneOfConst<bool?>(null, true, false),
            Statuses,
            Gen.OneOfConst<string?>(null, "plan", "région é", "quote\"and\\slash"),
            Gen.OneOfConst<AuthorKind?>(null, AuthorKind.Customer, AuthorKind.Agent),
            Gen.Bool,
            (kind, author, isPublic, statuses, field, openedBy, afterFirstReply) =>
            {
                var trigger = kind switch
                {
                    SlaTriggerKind.TicketOpened => SlaTrigger.TicketOpened(),
                    SlaTriggerKind.MessageAdded => SlaTrigger.MessageAdded(author, isPublic),
                    SlaTriggerKind.FirstPublicMessage => SlaTrigger.FirstPublicMessage(),
                    SlaTriggerKind.StatusEntered => SlaTrigger.StatusEntered(statuses),
                    SlaTriggerKind.StatusLeft => SlaTrigger.StatusLeft(statuses),
                    SlaTriggerKind.Reopened => SlaTrigger.Reopened(),
                    SlaTriggerKind.PolicyPauseEntered => SlaTrigger.PolicyPauseEntered(),
                    SlaTriggerKind.PolicyPauseLeft => SlaTrigger.PolicyPauseLeft(),
                    SlaTriggerKind.PriorityChanged => SlaTrigger.PriorityChanged(),
                    SlaTriggerKind.GroupAssigned => SlaTrigger.GroupAssigned(),
                    SlaTriggerKind.CustomFieldChanged => SlaTrigger.CustomFieldChanged(field),
                    _ => SlaTrigger.MergedIntoAnother(),
                };
                trigger = openedBy is AuthorKind by ? trigger.OnTicketsOpenedBy(by) : trigger;
                return afterFirstReply ? trigger.OnlyAfterFirstReply() : trigger;
            });

    private static Gen<SlaMetric> CustomMetric(int index) =>
        Gen.Select(Gen.Bool, Triggers.Array[1, 3], Triggers.Array[1, 3], Triggers.Array[0, 2], Triggers.Array[1, 2], Triggers.Array[0, 2], Triggers.Array[0, 2],
            (repeats, start, stop, pause, resume, reset, cancel) =>
            {
                var builder = SlaMetric.Define($"custom-{index}").StartsWhen(start).StopsWhen(stop);
                if (pause.Length > 0)
                {
                    builder.PausesWhen(pause).ResumesWhen(resume);
                }

                if (reset.Length > 0)
                {
                    builder.ResetsWhen(reset);
                }

                if (cancel.Length > 0)
                {
                    builder.CancelsWhen(cancel);
                }

                return repeats ? builder.Repeating().Build() : builder.Build();
            });

    private static readonly Gen<PolicyCondition> ConditionGen =
        Gen.Select(
            Gen.OneOfConst(Enum.GetValues<PolicyField>()),
            Gen.OneOfConst(Enum.GetValues<Priority>()).Array[1, 3],
            Gen.OneOfConst("email", "web", "whatsapp", "gold", "tier-2").Array[1, 3],
            Gen.Guid.Where(g => g != Guid.Empty).Array[1, 2],
            Text.Array[1, 3],
            Text,
            Gen.Bool,
            (field, priorities, slugs, groups, texts, key, negated) =>
            {
                var condition = field switch
                {
                    PolicyField.Priority => PolicyCondition.PriorityIn(priorities),
                    PolicyField.Channel or PolicyField.CustomerTier => PolicyCondition.In(field, slugs),
                    PolicyField.Group => PolicyCondition.GroupIn([.. groups.Select(GroupId.FromGuid)]),
                    PolicyField.Tag => PolicyCondition.HasAnyTag(texts),
                    _ => PolicyCondition.CustomFieldIn(key, texts),
                };
                return negated ? condition.Negate() : condition;
            });

    private static readonly Gen<string?> OptionalCalendar = Gen.OneOfConst<string?>(null, "support-ny", "billing é", "night");

    // Durations of whole seconds or with nanoseconds, from 1 second to 100 hours.
    private static readonly Gen<Duration> TargetDurations =
        Gen.OneOf(Gen.Long[1, 360_000].Select(Duration.FromSeconds), Gen.Long[1_000_000_000, 360_000_000_000_000].Select(Duration.FromNanoseconds));

    private static Gen<SlaWarningThreshold> Warnings(Duration target) =>
        Gen.OneOf(
            Gen.Double[1, 99].Select(SlaWarningThreshold.PercentOfTarget),
            Gen.Double[0.01, 0.99].Select(f => SlaWarningThreshold.BeforeBreach(Duration.FromNanoseconds(Math.Max(1, (long)(target.ToInt64Nanoseconds() * f))))));

    private static Gen<SlaTarget> TargetGen(SlaMetric metric, Priority priority, bool hasChainCalendar) =>
        Gen.SelectMany(TargetDurations, Gen.OneOfConst(SlaHoursMode.Business, SlaHoursMode.Calendar), OptionalCalendar, (duration, hours, calendar) =>
            Warnings(duration).Array[0, 3].Select(warnings =>
                new SlaTarget(metric, priority, duration, hours, hours == SlaHoursMode.Business && !hasChainCalendar ? calendar ?? "own" : calendar, warnings)));

    private static Gen<SlaPolicy> Policies(int index, SlaMetric[] metrics, string? defaultCalendar) =>
        Gen.SelectMany(
            Gen.Int[1, 9],
            Gen.OneOfConst(Enum.GetValues<SlaPolicyKind>()),
            Gen.Bool,
            ConditionGen.Array[0, 4],
            OptionalCalendar,
            Gen.OneOfConst(TicketStatus.New, TicketStatus.Open, TicketStatus.Pending, TicketStatus.OnHold).Array[0, 3],
            Gen.Select(Gen.Int[0, metrics.Length - 1], Gen.OneOfConst(Enum.GetValues<Priority>())).Array[1, 6],
            (version, kind, any, conditions, calendar, pause, pairs) =>
            {
                (int Metric, Priority Priority)[] distinct = [.. pairs.Distinct()];
                return Sequence(distinct.Select(p => TargetGen(metrics[p.Metric], p.Priority, (calendar ?? defaultCalendar) is not null)))
                    .Select(list =>
                    {
                        var builder = SlaPolicy.Create($"p{index}-{kind.ToString().ToLowerInvariant()}", version, kind).PausedWhile(pause);
                        if (conditions.Length > 0)
                        {
                            builder.When(conditions);
                        }

                        if (any)
                        {
                            builder.MatchingAny();
                        }

                        if (calendar is not null)
                        {
                            builder.WithCalendar(calendar);
                        }

                        list.ForEach(t => builder.WithTarget(t));
                        return builder.Build();
                    });
            });

    private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(new List<T>()), (all, g) => Gen.Select(all, g, (list, item) => new List<T>(list) { item }));

    private static readonly Gen<SlaPolicySet> PolicySets =
        Gen.SelectMany(
            Gen.Int[0, 2],
            Gen.Int[0, 4],
            OptionalCalendar,
            Gen.OneOfConst(Enum.GetValues<SlaRetargeting>()),
            Gen.Select(Gen.Guid.Where(g => g != Guid.Empty), Gen.OneOfConst("support-ny", "billing é")).Array[0, 3],
            (customCount, policyCount, defaultCalendar, retargeting, groups) =>
                Sequence(Enumerable.Range(0, customCount).Select(CustomMetric)).SelectMany(custom =>
                {
                    SlaMetric[] metrics = [.. SlaMetric.BuiltIn, .. custom];
                    return Sequence(Enumerable.Range(0, policyCount).Select(i => Policies(i, metrics, defaultCalendar))).Select(policies =>
                    {
                        var builder = SlaPolicySet.Create().WithRetargeting(retargeting);
                        if (policies.Count > 0)
                        {
                            builder.Add([.. policies]);
                        }

                        if (defaultCalendar is not null)
                        {
                            builder.WithDefaultCalendar(defaultCalendar);
                        }

                        foreach (var (group, calendar) in groups)
                        {
                            builder.WithGroupCalendar(GroupId.FromGuid(group), calendar);
                        }

                        return builder.Build();
                    });
                }));

    [Fact]
    public void WriteThenParse_AnyValidSet_GivesAnEqualSetAndTheSameText()
    {
        PolicySets.Sample(set =>
        {
            string json = SlaPolicyJson.Write(set);
            var read = SlaPolicyJson.Parse(json);
            return read.IsSuccess && read.Value.Equals(set) && SlaPolicyJson.Write(read.Value) == json;
        }, iter: MutationRun.Iter(400));
    }

    [Fact]
    public void WriteThenParse_Generator_CoversEveryFeatureOfTheFormat()
    {
        // The round trip means little unless the sets it runs on use the whole format.
        var sets = PolicySets.Array[200].Single();
        var policies = sets.SelectMany(s => s.Policies).ToList();
        var targets = policies.SelectMany(p => p.Targets).ToList();
        var triggers = sets.SelectMany(s => s.Metrics).Where(m => !m.IsBuiltIn)
            .SelectMany(m => m.StartWhen.Concat(m.StopWhen).Concat(m.PauseWhen).Concat(m.ResumeWhen).Concat(m.ResetWhen).Concat(m.CancelWhen)).ToList();

        sets.Select(s => s.Retargeting).Distinct().Should().HaveCount(3);
        sets.Should().Contain(s => s.GroupCalendars.Count > 0);
        sets.SelectMany(s => s.Metrics).Should().Contain(m => m.IsBuiltIn).And.Contain(m => !m.IsBuiltIn && m.Repeats).And.Contain(m => m.ResetWhen.Count > 0);
        policies.SelectMany(p => p.Conditions).Select(c => (c.Field, c.IsNegated)).Distinct().Should().HaveCount(12);
        targets.Select(t => t.HoursMode).Distinct().Should().HaveCount(2);
        targets.SelectMany(t => t.Warnings).Should().Contain(w => w.Percent != null).And.Contain(w => w.LeadTime != null);
        triggers.Select(t => t.Kind).Distinct().Should().HaveCount(12);
        triggers.Should().Contain(t => t.OpenedBy != null).And.Contain(t => t.AfterFirstReply).And.Contain(t => t.IsPublic == false);
    }
}
