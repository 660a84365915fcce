using System;
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
internal sealed class SurveyLineReader : HistoryLineReader<SurveyResponseId, ISurveyResponseEvent, SurveyEventType>
{
    private SurveyLineReader(JsonInput input)
        : base(input, FileNames.SurveyEvent, SurveyEventType.Sent, SurveyErrors.HistorySentTwice)
    {
    }

    public static ParseResult<SurveyResponse> Parse(ReadOnlySpan<byte> utf8)
    {
        var input = JsonInput.Parse(utf8, FileText.Limits);
        var response = input.Root is null ? null : new SurveyLineReader(input).Read(input.Root);
        return FileText.Result(input, response);
    }

    private SurveyResponse? Read(JsonInputNode node)
    {
        if (ReadLine(node, "response", _ => { }) is not { } line)
        {
            return null;
        }

        var (id, events, eventsNode, _) = line;
        try
        {
            return SurveyResponse.Rehydrate(id, events);
        }
        catch (ArgumentException error)
        {
            // The message lists each rule broken with the event's position ($[1]) and never a comment.
            Input.Report(eventsNode, TicketFileProblemCodes.SurveyHistory, FileValues.MessageOf(error));
            return null;
        }
    }

    protected override Func<Instant, ISurveyResponseEvent>? Read(SurveyEventType type, JsonObjectView e) => type switch
    {
        SurveyEventType.Sent => Sent(e),
        SurveyEventType.Answered => Answered(e),
        SurveyEventType.AnswerRevised => Revised(e),
        _ => when => new SurveyCommentErased(Id, when),
    };

    private Func<Instant, ISurveyResponseEvent>? Sent(JsonObjectView e)
    {
        var scaleNode = e.Required("scale");
        var scaleName = scaleNode is null ? null : Input.String(scaleNode);
        var scale = scaleName is null ? null : FileNames.ScaleNamed(scaleName);
        if (scaleName is not null && scale is null)
        {
            Values.Report(scaleNode!, $"The value is not a survey scale; write {FileNames.ScaleChoices}.");
        }

        var customer = Values.Id<CustomerId>(e.Required("customer"));
        var (ticketOk, ticket) = Values.OptionalId<TicketId>(e.Optional("ticket"));
        var cycle = Values.Integer(e.Optional("cycle")) ?? 0;
        var (agentOk, agent) = Values.OptionalId<AgentId>(e.Optional("agent"));
        var windowNode = e.Optional("window");
        var window = Values.Duration(windowNode);
        if (window == Duration.Zero)
        {
            Values.Report(windowNode!, "A response window is longer than zero.");
        }

        var closesWithTicket = Values.Boolean(e.Optional("closesWithTicket")) ?? false;
        if (scale is null || customer is null || !ticketOk || !agentOk)
        {
            return null;
        }

        var definition = new SurveyDefinition(scale, window is { } w && w > Duration.Zero ? w : null, closesWithTicket);
        return at => new SurveySent(Id, definition, customer.Value, ticket, cycle, agent, at);
    }

    private Func<Instant, ISurveyResponseEvent>? Answered(JsonObjectView e)
    {
        var score = Values.Integer(e.Required("score"));
        var (ok, comment) = Comment(e.Optional("comment"));
        return score is { } s && ok ? at => new SurveyAnswered(Id, s, comment, at) : null;
    }

    private Func<Instant, ISurveyResponseEvent>? Revised(JsonObjectView e)
    {
        var previous = Values.Integer(e.Required("previousScore"));
        var score = Values.Integer(e.Required("score"));
        var (ok, comment) = Comment(e.Optional("comment"));
        return previous is { } p && score is { } s && ok ? at => new SurveyAnswerRevised(Id, p, s, comment, at) : null;
    }

    /// <summary>A comment (personal data: the message says which rule it breaks, never what it says).</summary>
    private (bool Ok, SurveyComment? Value) Comment(JsonInputNode? node)
    {
        var text = Values.FreeText(node);
        if (text is null)
        {
            return (node is null, null);
        }

        if (SurveyComment.TryCreate(text, out var comment, out var error))
        {
            return (true, comment);
        }

        Values.Report(node!, error.Message);
        return (false, null);
    }
}
