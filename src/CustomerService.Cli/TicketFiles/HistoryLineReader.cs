using System;
using System.Collections.Generic;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla.Json;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// What reading a ticket line and a survey line share: the events of a history, each an object with a
/// <c>type</c> and an <c>at</c>, the first of one type only, in order; every problem reported at its place.
/// A subclass reads the properties of each type into the event it builds.
/// </summary>
/// <typeparam name="TId">The aggregate's id.</typeparam>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
/// <typeparam name="TType">The enum of the file's event types.</typeparam>
internal abstract class HistoryLineReader<TId, TEvent, TType>
    where TId : struct, IStronglyTypedId<TId>
    where TEvent : class, IDomainEvent
    where TType : struct, Enum
{
    // Lets the events of a line whose id is unreadable still be checked (the line fails either way).
    private static readonly TId Unreadable = TId.FromGuid(Guid.AllBitsSet);

    private readonly SlaJsonName<TType> _types;
    private readonly TType _firstType;
    private readonly string _again;

    /// <param name="input">The line.</param>
    /// <param name="types">The names of the event types.</param>
    /// <param name="firstType">The type of the first event, and of no other.</param>
    /// <param name="again">The code of a second event of the first type, as the aggregate's history check names it.</param>
    protected HistoryLineReader(JsonInput input, SlaJsonName<TType> types, TType firstType, string again)
    {
        Input = input;
        Values = new FileValues(input);
        _types = types;
        _firstType = firstType;
        _again = again;
    }

    protected JsonInput Input { get; }

    protected FileValues Values { get; }

    /// <summary>Gets the line's id, for the events the subclass builds (a stand-in while the id is unreadable).</summary>
    protected TId Id { get; private set; } = Unreadable;

    /// <summary>
    /// Reads the line: an object with the id (<paramref name="idName"/>), the properties <paramref name="readOther"/>
    /// reads, and the events. The history is whole only when nothing on the line had a problem.
    /// </summary>
    /// <returns>The id, the events and where they are; <see langword="null"/> when the line had a problem (reported).</returns>
    protected (TId Id, List<TEvent> Events, JsonInputNode Node, IReadOnlyList<JsonInputNode> Items)? ReadLine(JsonInputNode node, string idName, Action<JsonObjectView> readOther)
    {
        var before = Input.Problems.Count;
        var line = Input.Object(node);
        if (line is null)
        {
            return null;
        }

        var id = Values.Id<TId>(line.Required(idName));
        Id = id ?? Unreadable;
        readOther(line);
        var eventsNode = line.Required("events");
        line.ReportUnknownProperties();
        var items = eventsNode is null ? [] : Input.Array(eventsNode);
        var events = ReadEvents(items);
        return Input.Problems.Count == before && id is { } read ? (read, events, eventsNode!, items) : null;
    }

    /// <summary>Reads the events that read well, in order; the others are reported and left out.</summary>
    private List<TEvent> ReadEvents(IReadOnlyList<JsonInputNode> items)
    {
        var events = new List<TEvent>(items.Count);
        Instant? previous = null;
        for (var i = 0; i < items.Count; i++)
        {
            var e = ReadEvent(items[i], first: i == 0);
            if (e is null)
            {
                continue;
            }

            if (e.OccurredAt < previous)
            {
                Input.Report(Property(items[i], "at")!, TicketFileProblemCodes.OutOfOrder, $"This event is at {InstantPattern.General.Format(e.OccurredAt)}, before the event before it ({InstantPattern.General.Format(previous.Value)}): write the events in the order they happened.");
            }

            previous = e.OccurredAt;
            events.Add(e);
        }

        return events;
    }

    /// <summary>Reads the properties of an event of one type; returns how to build it at its instant, or null after reporting why not.</summary>
    protected abstract Func<Instant, TEvent>? Read(TType type, JsonObjectView e);

    private TEvent? ReadEvent(JsonInputNode node, bool first)
    {
        var e = Input.Object(node);
        if (e is null)
        {
            return null;
        }

        var typeNode = e.Required("type");
        var at = Values.Instant(e.Required("at"));
        var typeName = typeNode is null ? null : Input.String(typeNode);
        if (typeName is null)
        {
            return null;
        }

        if (!_types.TryParse(typeName, out var type))
        {
            Input.Report(typeNode!, TicketFileProblemCodes.UnknownEventType, $"This is not a {_types.Noun}; the types are {_types.Choices}.");
            return null;
        }

        var firstName = _types.Of(_firstType);
        if (first != type.Equals(_firstType))
        {
            Input.Report(typeNode!, first ? TicketFileProblemCodes.FirstEvent : _again, first
                ? $"A history starts with its '{firstName}' event."
                : $"Only the first event is '{firstName}'.");
            return null;
        }

        var before = Input.Problems.Count;
        var build = Read(type, e);
        e.ReportUnknownProperties();
        if (build is null || at is null || Input.Problems.Count != before)
        {
            return null;
        }

        try
        {
            return build(at.Value);
        }
        catch (ArgumentException error)
        {
            // The package's own rules (a label's form, a blank subject); its messages never quote the value.
            Input.Report(node, TicketFileProblemCodes.InvalidValue, FileValues.MessageOf(error));
            return null;
        }
    }

    private static JsonInputNode? Property(JsonInputNode node, string name)
    {
        foreach (var child in node.Children)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }
}
