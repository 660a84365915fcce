using System.Collections.Generic;
using System.Text.Json;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;

namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// Writes a ticket as one line of a ticket file, in the canonical form <see cref="TicketLineReader"/>
/// reads back as an equal history: defaults are left out (a public message on the ticket's channel,
/// no agent or group, text the file did not hold).
/// </summary>
internal static class TicketLineWriter
{
    public static void Write(Utf8JsonWriter writer, TicketRecord record)
    {
        var ticket = record.Ticket;
        writer.WriteStartObject();
        writer.WriteString("ticket", ticket.Id.ToString());
        if (record.Tier is { } tier)
        {
            writer.WriteString("tier", tier.Name);
        }

        if (record.CalendarId is { } calendar)
        {
            writer.WriteString("calendar", calendar);
        }

        writer.WriteStartArray("events");
        foreach (var e in ticket.History)
        {
            WriteEvent(writer, e, ticket.Channel);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, ITicketEvent e, Channel ticketChannel)
    {
        writer.WriteStartObject();
        writer.WriteString("type", FileNames.TicketEvent.Of(TypeOf(e)));
        writer.WriteString("at", FileText.Format(e.OccurredAt));
        switch (e)
        {
            case TicketOpened opened:
                writer.WriteString("customer", opened.CustomerId.ToString());
                writer.WriteString("channel", opened.Channel.Name);
                writer.WriteString("priority", SlaJsonNames.Priority.Of(opened.Priority));
                WriteText(writer, "subject", opened.Subject);
                WriteOptional(writer, "openedBy", opened.OpenedByAgent?.ToString());
                break;
            case MessageAdded { Message: var message }:
                writer.WriteString("author", SlaJsonNames.Author.Of(message.Author));
                WriteOptional(writer, "agent", message.AgentId?.ToString());
                if (!message.IsPublic)
                {
                    writer.WriteBoolean("public", false);
                }

                if (message.Channel != ticketChannel)
                {
                    writer.WriteString("channel", message.Channel.Name);
                }

                WriteText(writer, "body", message.Body);
                if (message.HandleTime is { } handleTime)
                {
                    writer.WriteString("handleTime", SlaJsonDuration.Format(handleTime));
                }

                break;
            case TicketStatusChanged status:
                writer.WriteString("from", SlaJsonNames.Status.Of(status.From));
                writer.WriteString("to", SlaJsonNames.Status.Of(status.To));
                writer.WriteString("trigger", FileNames.Trigger.Of(status.Trigger));
                break;
            case PriorityChanged priority:
                writer.WriteString("from", SlaJsonNames.Priority.Of(priority.From));
                writer.WriteString("to", SlaJsonNames.Priority.Of(priority.To));
                break;
            case AssignmentChanged assignment:
                WriteOptional(writer, "fromAgent", assignment.FromAgent?.ToString());
                WriteOptional(writer, "fromGroup", assignment.FromGroup?.ToString());
                WriteOptional(writer, "toAgent", assignment.ToAgent?.ToString());
                WriteOptional(writer, "toGroup", assignment.ToGroup?.ToString());
                break;
            case TagsChanged tags:
                WriteStrings(writer, "from", tags.From);
                WriteStrings(writer, "to", tags.To);
                break;
            case CustomFieldChanged field:
                writer.WriteString("key", field.Key);
                WriteFieldValue(writer, "from", field.From);
                WriteFieldValue(writer, "to", field.To);
                break;
            case CategoryChanged category:
                WriteOptional(writer, "from", category.From);
                WriteOptional(writer, "to", category.To);
                break;
            case TicketMergedInto merged:
                writer.WriteString("target", merged.TargetTicketId.ToString());
                break;
            case DuplicateAbsorbed absorbed:
                writer.WriteString("duplicate", absorbed.DuplicateTicketId.ToString());
                break;
        }

        writer.WriteEndObject();
    }

    private static TicketEventType TypeOf(ITicketEvent e) => e switch
    {
        TicketOpened => TicketEventType.Opened,
        MessageAdded => TicketEventType.Message,
        TicketStatusChanged => TicketEventType.StatusChanged,
        PriorityChanged => TicketEventType.PriorityChanged,
        AssignmentChanged => TicketEventType.AssignmentChanged,
        TagsChanged => TicketEventType.TagsChanged,
        CustomFieldChanged => TicketEventType.CustomFieldChanged,
        CategoryChanged => TicketEventType.CategoryChanged,
        TicketMergedInto => TicketEventType.MergedInto,
        DuplicateAbsorbed => TicketEventType.DuplicateAbsorbed,
        _ => throw new System.ArgumentException($"The file format has no place for a {e.GetType().Name}.", nameof(e)),
    };

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        if (text != FileText.NotInFile)
        {
            writer.WriteString(name, text);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteFieldValue(Utf8JsonWriter writer, string name, CustomFieldValue? value)
    {
        switch (value?.Kind)
        {
            case null:
                return;
            case CustomFieldKind.Text:
                writer.WriteString(name, value.AsText());
                break;
            case CustomFieldKind.Number:
                writer.WriteNumber(name, value.AsNumber());
                break;
            case CustomFieldKind.Boolean:
                writer.WriteBoolean(name, value.AsBoolean());
                break;
            default:
                writer.WriteStartObject(name);
                writer.WriteString("date", NodaTime.Text.LocalDatePattern.Iso.Format(value.AsDate()));
                writer.WriteEndObject();
                break;
        }
    }
}
