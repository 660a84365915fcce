using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// Reads one line of a ticket file (docs/file-formats.md) into a ticket: every problem of the line at
/// once, each at its JSON path and column. The history is checked in order here, then rebuilt by
/// <see cref="Ticket.Import"/>, which applies <see cref="Ticket.Rehydrate"/>'s rules to a history in
/// order and returns each problem instead of throwing.
/// </summary>
internal sealed class TicketLineReader : HistoryLineReader<TicketId, ITicketEvent, TicketEventType>
{
    private Channel _channel = Channel.Email;
    private CustomerTier? _tier;
    private string? _calendar;

    private TicketLineReader(JsonInput input)
        : base(input, FileNames.TicketEvent, TicketEventType.Opened, TicketErrors.HistoryOpenedTwice)
    {
    }

    public static ParseResult<TicketRecord> Parse(ReadOnlySpan<byte> utf8)
    {
        var input = JsonInput.Parse(utf8, FileText.Limits);
        var record = input.Root is null ? null : new TicketLineReader(input).Read(input.Root);
        return FileText.Result(input, record);
    }

    private TicketRecord? Read(JsonInputNode node)
    {
        if (ReadLine(node, "ticket", ReadCustomer) is not { } line)
        {
            return null;
        }

        var (id, events, eventsNode, items) = line;
        var imported = Ticket.Import(id, events);
        if (imported.TryGetValue(out var ticket))
        {
            return new TicketRecord(ticket, _tier, _calendar);
        }

        foreach (var problem in imported.Problems)
        {
            Input.Report(At(problem.Path, items) ?? eventsNode, problem.Code, problem.Message);
        }

        return null;
    }

    private void ReadCustomer(JsonObjectView line)
    {
        _tier = Values.Text(line.Optional("tier"), t => CustomerTier.TryCreate(t, out _), "customer tier") is { } tier ? CustomerTier.Create(tier) : null;
        _calendar = line.Optional("calendar") is { } calendar ? Input.String(calendar) : null;
    }

    protected override Func<Instant, ITicketEvent>? Read(TicketEventType type, JsonObjectView e) => type switch
    {
        TicketEventType.Opened => Opened(e),
        TicketEventType.Message => Message(e),
        TicketEventType.StatusChanged => StatusChanged(e),
        TicketEventType.PriorityChanged => PriorityChanged(e),
        TicketEventType.AssignmentChanged => AssignmentChanged(e),
        TicketEventType.TagsChanged => TagsChanged(e),
        TicketEventType.CustomFieldChanged => CustomFieldChanged(e),
        TicketEventType.CategoryChanged => CategoryChanged(e),
        TicketEventType.MergedInto => Other(e, "target", (target, when) => new TicketMergedInto(Id, target, when)),
        _ => Other(e, "duplicate", (duplicate, when) => new DuplicateAbsorbed(Id, duplicate, when)),
    };

    private Func<Instant, ITicketEvent>? Opened(JsonObjectView e)
    {
        var customer = Values.Id<CustomerId>(e.Required("customer"));
        var channel = ChannelOf(e.Required("channel"));
        var priority = Values.Name(e.Required("priority"), SlaJsonNames.Priority);
        var subject = Values.FreeText(e.Optional("subject")) ?? FileText.NotInFile;
        var (agentOk, agent) = Values.OptionalId<AgentId>(e.Optional("openedBy"));
        if (customer is null || channel is null || priority is null || !agentOk)
        {
            return null;
        }

        _channel = channel.Value;
        return at => new TicketOpened(Id, customer.Value, channel.Value, priority.Value, subject, agent, at);
    }

    private Func<Instant, ITicketEvent>? Message(JsonObjectView e)
    {
        var authorNode = e.Required("author");
        var author = Values.Name(authorNode, SlaJsonNames.Author);
        var agentNode = e.Optional("agent");
        var publicNode = e.Optional("public");
        var isPublic = Values.Boolean(publicNode) ?? true;
        var channel = e.Optional("channel") is { } channelNode ? ChannelOf(channelNode) : _channel;
        var body = Values.FreeText(e.Optional("body")) ?? FileText.NotInFile;
        var handleTimeNode = e.Optional("handleTime");
        var handleTime = Values.Duration(handleTimeNode);
        var agent = author == AuthorKind.Agent ? Values.Id<AgentId>(agentNode ?? Missing(e, "agent", "An agent's message names its agent.")) : null;
        if (author is not AuthorKind.Agent && author is not null)
        {
            NotFor(agentNode, "Only an agent's message names an agent.");
            NotFor(handleTimeNode, "Only an agent's message has a handle time.");
        }

        if (author == AuthorKind.Customer && !isPublic)
        {
            Values.Report(publicNode!, "A customer's message is always public.");
        }

        if (author is not { } kind || channel is not { } via || (kind == AuthorKind.Agent && agent is null))
        {
            return null;
        }

        return at => new MessageAdded(Id, kind switch
        {
            AuthorKind.Customer => Interaction.FromCustomer(body, via, at),
            AuthorKind.Agent => Interaction.FromAgent(agent!.Value, body, isPublic, via, at, handleTime),
            _ => Interaction.FromSystem(body, isPublic, via, at),
        });
    }

    private Func<Instant, ITicketEvent>? StatusChanged(JsonObjectView e)
    {
        var from = Values.Name(e.Required("from"), SlaJsonNames.Status);
        var to = Values.Name(e.Required("to"), SlaJsonNames.Status);
        var trigger = Values.Name(e.Required("trigger"), FileNames.Trigger);
        return from is { } f && to is { } t && trigger is { } why ? at => new TicketStatusChanged(Id, f, t, why, at) : null;
    }

    private Func<Instant, ITicketEvent>? PriorityChanged(JsonObjectView e)
    {
        var from = Values.Name(e.Required("from"), SlaJsonNames.Priority);
        var to = Values.Name(e.Required("to"), SlaJsonNames.Priority);
        return from is { } f && to is { } t ? at => new PriorityChanged(Id, f, t, at) : null;
    }

    private Func<Instant, ITicketEvent>? AssignmentChanged(JsonObjectView e)
    {
        var (a, fromAgent) = Values.OptionalId<AgentId>(e.Optional("fromAgent"));
        var (b, fromGroup) = Values.OptionalId<GroupId>(e.Optional("fromGroup"));
        var (c, toAgent) = Values.OptionalId<AgentId>(e.Optional("toAgent"));
        var (d, toGroup) = Values.OptionalId<GroupId>(e.Optional("toGroup"));
        return a && b && c && d ? at => new AssignmentChanged(Id, fromAgent, fromGroup, toAgent, toGroup, at) : null;
    }

    private Func<Instant, ITicketEvent>? TagsChanged(JsonObjectView e)
    {
        var from = Values.Strings(e.Required("from"));
        var to = Values.Strings(e.Required("to"));
        return from is not null && to is not null ? at => new TagsChanged(Id, from, to, at) : null;
    }

    private Func<Instant, ITicketEvent>? CustomFieldChanged(JsonObjectView e)
    {
        var keyNode = e.Required("key");
        var key = keyNode is null ? null : Input.String(keyNode);
        var (fromOk, from) = FieldValue(e.Optional("from"));
        var (toOk, to) = FieldValue(e.Optional("to"));
        return key is not null && fromOk && toOk ? at => new CustomFieldChanged(Id, key, from, to, at) : null;
    }

    private Func<Instant, ITicketEvent>? CategoryChanged(JsonObjectView e)
    {
        var (fromOk, from) = OptionalString(e.Optional("from"));
        var (toOk, to) = OptionalString(e.Optional("to"));
        return fromOk && toOk ? at => new CategoryChanged(Id, from, to, at) : null;
    }

    private Func<Instant, ITicketEvent>? Other(JsonObjectView e, string name, Func<TicketId, Instant, ITicketEvent> build)
    {
        var other = Values.Id<TicketId>(e.Required(name));
        return other is { } id ? at => build(id, at) : null;
    }

    /// <summary>A custom field's value: a string (text), a number, true or false, or <c>{ "date": "2025-03-07" }</c>; absent or null for none.</summary>
    private (bool Ok, CustomFieldValue? Value) FieldValue(JsonInputNode? node)
    {
        switch (node?.Kind)
        {
            case null or JsonInputKind.Null:
                return (true, null);
            case JsonInputKind.String:
                return (true, CustomFieldValue.FromText(node.Text));
            case JsonInputKind.Boolean:
                return (true, CustomFieldValue.FromBoolean(node.Text == "true"));
            case JsonInputKind.Number when decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return (true, CustomFieldValue.FromNumber(number));
            case JsonInputKind.Object:
                var date = Input.Object(node)!;
                var text = date.Required("date") is { } dateNode ? Input.String(dateNode) : null;
                date.ReportUnknownProperties();
                if (text is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
                {
                    return (true, CustomFieldValue.FromDate(parsed.Value));
                }

                if (text is not null)
                {
                    Values.Report(node, "The value is not a date; write { \"date\": \"2025-03-07\" }.");
                }

                return (false, null);
            default:
                Values.Report(node, "A custom field's value is a string, a number, true or false, or { \"date\": \"2025-03-07\" }.");
                return (false, null);
        }
    }

    private (bool Ok, string? Value) OptionalString(JsonInputNode? node) =>
        node is null || node.Kind == JsonInputKind.Null ? (true, null) : Input.String(node) is { } text ? (true, text) : (false, null);

    private Channel? ChannelOf(JsonInputNode? node) =>
        Values.Text(node, name => Channel.TryCreate(name, out _), "channel") is { } name ? Channel.Custom(name) : null;

    private JsonInputNode? Missing(JsonObjectView e, string name, string message)
    {
        Input.ReportMissing(e.Node, name, JsonProblemCodes.MissingProperty, message);
        return null;
    }

    private void NotFor(JsonInputNode? node, string message)
    {
        if (node is not null)
        {
            Values.Report(node, message);
        }
    }

    /// <summary>The event a problem of <see cref="Ticket.Import"/> is about: its path <c>$[3]</c> is the event's position.</summary>
    private static JsonInputNode? At(string? path, IReadOnlyList<JsonInputNode> items) =>
        path is ['$', '[', .. var digits, ']'] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < items.Count
            ? items[index]
            : null;
}
