using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Json;

/// <summary>Writes a <see cref="SlaPolicySet"/> in the canonical form <see cref="SlaPolicyJsonReader"/> reads back to an equal set.</summary>
internal static class SlaPolicyJsonWriter
{
    public static void Write(SlaPolicySet set, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("retargeting", SlaJsonNames.Retargeting.Of(set.Retargeting));
        if (set.DefaultCalendarId is { } defaultCalendar)
        {
            writer.WriteString("defaultCalendar", defaultCalendar);
        }

        if (set.GroupCalendars.Count > 0)
        {
            writer.WriteStartObject("groupCalendars");
            foreach ((GroupId group, string calendar) in set.GroupCalendars.OrderBy(g => g.Key.Value))
            {
                writer.WriteString(group.ToString(), calendar);
            }

            writer.WriteEndObject();
        }

        List<SlaMetric> custom = [.. set.Metrics.Where(m => !m.IsBuiltIn)];
        if (custom.Count > 0)
        {
            writer.WriteStartArray("metrics");
            custom.ForEach(metric => WriteMetric(metric, writer));
            writer.WriteEndArray();
        }

        writer.WriteStartArray("policies");
        foreach (SlaPolicy policy in set.Policies)
        {
            WritePolicy(policy, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMetric(SlaMetric metric, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", metric.Id);
        writer.WriteBoolean("repeats", metric.Repeats);
        WriteTriggers("start", metric.StartWhen, writer);
        WriteTriggers("stop", metric.StopWhen, writer);
        WriteTriggers("pause", metric.PauseWhen, writer);
        WriteTriggers("resume", metric.ResumeWhen, writer);
        WriteTriggers("reset", metric.ResetWhen, writer);
        WriteTriggers("cancel", metric.CancelWhen, writer);
        writer.WriteEndObject();
    }

    private static void WriteTriggers(string name, IReadOnlyList<SlaTrigger> triggers, Utf8JsonWriter writer)
    {
        // Start and stop are required; the others are left out when empty.
        if (triggers.Count == 0 && name is not "start" and not "stop")
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (SlaTrigger trigger in triggers)
        {
            writer.WriteStartObject();
            writer.WriteString("on", SlaJsonNames.Trigger.Of(trigger.Kind));
            if (trigger.Author is AuthorKind author)
            {
                writer.WriteString("author", SlaJsonNames.Author.Of(author));
            }

            if (trigger.IsPublic is bool isPublic)
            {
                writer.WriteBoolean("public", isPublic);
            }

            if (trigger.Kind is SlaTriggerKind.StatusEntered or SlaTriggerKind.StatusLeft)
            {
                WriteStatuses("statuses", trigger.Statuses, writer);
            }

            if (trigger.FieldKey is { } field)
            {
                writer.WriteString("field", field);
            }

            if (trigger.OpenedBy is AuthorKind openedBy)
            {
                writer.WriteString("openedBy", SlaJsonNames.Author.Of(openedBy));
            }

            if (trigger.AfterFirstReply)
            {
                writer.WriteBoolean("afterFirstReply", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePolicy(SlaPolicy policy, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", policy.Id);
        writer.WriteNumber("version", policy.Version);
        writer.WriteString("kind", SlaJsonNames.Kind.Of(policy.Kind));
        writer.WriteString("match", SlaJsonNames.Match.Of(policy.Match));
        writer.WriteStartArray("conditions");
        foreach (PolicyCondition condition in policy.Conditions)
        {
            writer.WriteStartObject();
            writer.WriteString("field", SlaJsonNames.Field.Of(condition.Field));
            if (condition.Key is { } key)
            {
                writer.WriteString("key", key);
            }

            writer.WriteStartArray(condition.IsNegated ? "notIn" : "in");
            foreach (string value in condition.Values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (policy.CalendarId is { } calendar)
        {
            writer.WriteString("calendar", calendar);
        }

        WriteStatuses("pauseStatuses", policy.PauseStatuses, writer);
        writer.WriteStartArray("targets");
        foreach (SlaTarget target in policy.Targets)
        {
            WriteTarget(target, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTarget(SlaTarget target, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("metric", target.Metric.Id);
        writer.WriteString("priority", SlaJsonNames.Priority.Of(target.Priority));
        writer.WriteString("duration", SlaJsonDuration.Format(target.Duration));
        writer.WriteString("hours", SlaJsonNames.Hours.Of(target.HoursMode));
        if (target.CalendarId is { } calendar)
        {
            writer.WriteString("calendar", calendar);
        }

        if (target.Warnings.Count > 0)
        {
            writer.WriteStartArray("warnings");
            foreach (SlaWarningThreshold warning in target.Warnings)
            {
                writer.WriteStartObject();
                if (warning.Percent is double percent)
                {
                    writer.WriteNumber("percent", percent);
                }
                else
                {
                    writer.WriteString("before", SlaJsonDuration.Format(warning.LeadTime.GetValueOrDefault()));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteStatuses(string name, IReadOnlyList<TicketStatus> statuses, Utf8JsonWriter writer)
    {
        writer.WriteStartArray(name);
        foreach (TicketStatus status in statuses)
        {
            writer.WriteStringValue(SlaJsonNames.Status.Of(status));
        }

        writer.WriteEndArray();
    }
}
