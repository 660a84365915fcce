using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>Explains a state of a report by replaying what the report's evaluation was given.</summary>
internal static class SlaExplainer
{
    public static SlaExplanation Explain(SlaReport report, SlaStateKey key, SlaTargetState state)
    {
        var (plan, history, now) = (report.Plan, report.History, report.EvaluatedAt);
        var timeline = new SlaTimeline();
        timeline.Run(plan, history, now, report.Tier, report.CustomerCalendar);
        var cycleIndex = Enumerable.Range(0, timeline.CycleCount).First(i => timeline.Cycles[i].Clock == key.Clock && timeline.Cycles[i].Number == key.Cycle);
        var cycle = timeline.Cycles[cycleIndex];
        var countTo = state.EndedAt ?? now;

        var segments = new List<SlaCountedSegment>();
        var pauses = new List<Interval>();
        for (var i = cycle.FirstSegment; i >= 0; i = timeline.Segments[i].Next)
        {
            var segment = timeline.Segments[i];
            var from = Instant.Max(segment.From, state.StartedAt);
            var to = Instant.Min(segment.IsOpen ? now : segment.To, countTo);
            if (from < to)
            {
                segments.Add(new SlaCountedSegment(from, to, state.Calendar.Between(from, to)));
            }

            if (!segment.IsOpen && segment.EndedByPause && segment.To < countTo)
            {
                var resumed = segment.Next >= 0 ? timeline.Segments[segment.Next].From : (Instant?)null;
                pauses.Add(new Interval(segment.To, resumed is Instant r && r <= countTo ? r : null));
            }
        }

        var changes = new List<SlaTargetChange>();
        var boundAt = cycle.Start;
        Binding bound = default;
        for (var c = cycle.FirstChange; c >= 0; c = timeline.Changes[c].Next)
        {
            var change = timeline.Changes[c];
            if (change.At > state.StartedAt && change.At <= countTo)
            {
                changes.Add(new SlaTargetChange(change.At, change.Binding.Policy?.Policy.Id, change.Binding.Policy?.Policy.Version ?? 0, change.Binding.Target));
            }

            if (ReferenceEquals(change.Binding.Target, state.Target) && change.At <= countTo)
            {
                boundAt = change.At;
                bound = change.Binding;
            }
        }

        // The facts as they were when the target began to apply say why its policy matched.
        var then = new SlaTimeline();
        then.Run(plan, history, boundAt, report.Tier, report.CustomerCalendar);
        var kind = plan.Kinds[plan.Clocks[key.Clock].Kind];
        var policy = bound.Policy ?? kind.Policies.First(p => ReferenceEquals(p.Policy, state.Policy));
        var matched = policy.Conditions.Where(c => c.Holds(then.Facts)).Select(c => c.Condition).ToList();
        var skipped = kind.Policies.TakeWhile(p => !ReferenceEquals(p, policy)).Select(p => p.Policy).ToList();
        return new SlaExplanation(state, bound.IsBound ? bound.Source : SlaCalendarSource.Default, matched, skipped, segments, pauses, changes);
    }
}
