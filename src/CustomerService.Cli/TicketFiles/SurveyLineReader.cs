using System;
using System.Collections.Generic;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// Reads one line of a survey file (docs/file-formats.md) into a survey response: every problem of the
/// line's JSON at once, at its path and column; then <see cref="SurveyResponse.Rehydrate"/> checks the history.
/// </summary>
internal sealed class SurveyLineReader
{
    private static readonly SurveyResponseId Unreadable = new(Guid.AllBitsSet);

    private readonly JsonInput _input;
    private readonly FileValues _values;
    private SurveyResponseId _id = Unreadable;

    private SurveyLineReader(JsonInput input)
    {
        _input = input;
        _values = new FileValues(input);
    }

    public static ParseResult<SurveyResponse> Parse(ReadOnlySpan<byte> utf8)
    {
        var input = JsonInput.Parse(utf8, FileText.Limits);
        var response = input.Root is null ? null : new SurveyLineReader(input).Read(input.Root);
        return FileText.Result(input, response);
    }

    private SurveyResponse? Read(JsonInputNode node)
    {
        var line = _input.Object(node);
        if (line is null)
        {
            return null;
        }

        var idNode = line.Required("response");
        var eventsNode = line.Required("events");
        line.ReportUnknownProperties();

        var before = _input.Problems.Count;
        var id = _values.Id<SurveyResponseId>(idNode);
        _id = id ?? Unreadable;
        var items = eventsNode is null ? [] : _input.Array(eventsNode);
        var events = new List<ISurveyResponseEvent>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (ReadEvent(items[i], first: i == 0) is { } e)
            {
                events.Add(e);
            }
        }

        if (_input.Problems.Count != before || id is null || eventsNode is null)
        {
            return null;
        }

        try
        {
            return SurveyResponse.Rehydrate(id.Value, events);
        }
        catch (ArgumentException error)
        {
            // The message lists each rule broken with the event's position ($[1]) and never a comment.
            _input.Report(eventsNode, TicketFileProblemCodes.SurveyHistory, FileValues.MessageOf(error));
            return null;
        }
    }

    private ISurveyResponseEvent? ReadEvent(JsonInputNode node, bool first)
    {
        var e = _input.Object(node);
        if (e is null)
        {
            return null;
        }

        var typeNode = e.Required("type");
        var at = _values.Instant(e.Required("at"));
        var typeName = typeNode is null ? null : _input.String(typeNode);
        if (typeName is null)
        {
            return null;
        }

        if (!FileNames.SurveyEvent.TryParse(typeName, out var type))
        {
            _input.Report(typeNode!, TicketFileProblemCodes.UnknownEventType, $"This is not a survey event type; the types are {FileNames.SurveyEvent.Choices}.");
            return null;
        }

        if (first && type != SurveyEventType.Sent)
        {
            _input.Report(typeNode!, TicketFileProblemCodes.FirstEvent, "A survey response's history starts with a 'sent' event.");
            return null;
        }

        var before = _input.Problems.Count;
        Func<Instant, ISurveyResponseEvent>? build = type switch
        {
            SurveyEventType.Sent => Sent(e),
            SurveyEventType.Answered => Answered(e),
            SurveyEventType.AnswerRevised => Revised(e),
            _ => when => new SurveyCommentErased(_id, when),
        };
        e.ReportUnknownProperties();
        return build is null || at is null || _input.Problems.Count != before ? null : build(at.Value);
    }

    private Func<Instant, ISurveyResponseEvent>? Sent(JsonObjectView e)
    {
        var scaleNode = e.Required("scale");
        var scaleName = scaleNode is null ? null : _input.String(scaleNode);
        var scale = scaleName is null ? null : FileNames.ScaleNamed(scaleName);
        if (scaleName is not null && scale is null)
        {
            _values.Report(scaleNode!, $"The value is not a survey scale; write {FileNames.ScaleChoices}.");
        }

        var customer = _values.Id<CustomerId>(e.Required("customer"));
        var (ticketOk, ticket) = _values.OptionalId<TicketId>(e.Optional("ticket"));
        var cycle = _values.Integer(e.Optional("cycle")) ?? 0;
        var (agentOk, agent) = _values.OptionalId<AgentId>(e.Optional("agent"));
        var windowNode = e.Optional("window");
        var window = _values.Duration(windowNode);
        if (window == Duration.Zero)
        {
            _values.Report(windowNode!, "A response window is longer than zero.");
        }

        var closesWithTicket = _values.Boolean(e.Optional("closesWithTicket")) ?? false;
        if (scale is null || customer is null || !ticketOk || !agentOk)
        {
            return null;
        }

        var definition = new SurveyDefinition(scale, window is { } w && w > Duration.Zero ? w : null, closesWithTicket);
        return at => new SurveySent(_id, definition, customer.Value, ticket, cycle, agent, at);
    }

    private Func<Instant, ISurveyResponseEvent>? Answered(JsonObjectView e)
    {
        var score = _values.Integer(e.Required("score"));
        var (ok, comment) = Comment(e.Optional("comment"));
        return score is { } s && ok ? at => new SurveyAnswered(_id, s, comment, at) : null;
    }

    private Func<Instant, ISurveyResponseEvent>? Revised(JsonObjectView e)
    {
        var previous = _values.Integer(e.Required("previousScore"));
        var score = _values.Integer(e.Required("score"));
        var (ok, comment) = Comment(e.Optional("comment"));
        return previous is { } p && score is { } s && ok ? at => new SurveyAnswerRevised(_id, p, s, comment, at) : null;
    }

    /// <summary>A comment (personal data: the message says which rule it breaks, never what it says).</summary>
    private (bool Ok, SurveyComment? Value) Comment(JsonInputNode? node)
    {
        var text = _values.FreeText(node);
        if (text is null)
        {
            return (node is null, null);
        }

        if (SurveyComment.TryCreate(text, out var comment, out var error))
        {
            return (true, comment);
        }

        _values.Report(node!, error.Message);
        return (false, null);
    }
}
