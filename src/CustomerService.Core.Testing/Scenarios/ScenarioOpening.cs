using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.Scenarios;

/// <summary>The ticket as it arrived: what <c>Ticket.Open</c> takes, and what was set on it at that instant.</summary>
internal sealed record ScenarioOpening(
    TicketId TicketId,
    CustomerId CustomerId,
    Channel Channel,
    Priority Priority,
    AgentId? OpenedByAgent,
    AgentId Agent,
    Instant At,
    DateTimeZone Zone,
    SlaCustomerContext Customer,
    GroupId? Group,
    ImmutableArray<string> Tags,
    ImmutableArray<KeyValuePair<string, CustomFieldValue>> CustomFields)
{
    /// <summary>The subject of every scenario ticket: subjects are personal data, and no SLA reads them.</summary>
    public const string Subject = "Scenario ticket";

    public static ScenarioOpening Default(Instant at, DateTimeZone zone) => new(
        TicketId.New(),
        CustomerId.New(),
        Channel.Email,
        Priority.Normal,
        OpenedByAgent: null,
        AgentId.New(),
        at,
        zone,
        SlaCustomerContext.Standard,
        Group: null,
        Tags: [],
        CustomFields: []);

    /// <summary>Opens a new ticket as described; its commands check every value.</summary>
    public Ticket Open()
    {
        var ticket = OpenedByAgent is { } agent
            ? Ticket.OpenByAgent(TicketId, CustomerId, agent, Channel, Priority, Subject, At)
            : Ticket.Open(TicketId, CustomerId, Channel, Priority, Subject, At);
        if (Group is { } group)
        {
            ticket.AssignToGroup(group, At);
        }

        if (Tags.Length > 0)
        {
            ticket.AddTags(Tags, At);
        }

        foreach (var (key, value) in CustomFields)
        {
            ticket.SetCustomField(key, value, At);
        }

        return ticket;
    }

    /// <summary>Describes the opening for the story's text, without personal data.</summary>
    public override string ToString()
    {
        var who = OpenedByAgent is { } agent ? $"by agent {agent}" : "by the customer";
        var details = new List<string> { Priority.ToString(), Channel.ToString(), $"customer tier {Customer.Tier}" };
        if (Customer.CalendarId is { } calendar)
        {
            details.Add($"customer calendar {calendar}");
        }

        if (Group is { } group)
        {
            details.Add($"group {group}");
        }

        if (Tags.Length > 0)
        {
            details.Add("tags " + string.Join(", ", Tags));
        }

        details.AddRange(CustomFields.Select(f => string.Create(CultureInfo.InvariantCulture, $"custom field '{f.Key}'")));
        return $"Ticket {TicketId} opened {ScenarioTime.FormatWithZone(At, Zone)} {who} ({string.Join(", ", details)})";
    }
}
