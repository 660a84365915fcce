using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla.Json;
using NodaTime;

namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// Typed values of one line of a ticket or survey file: each getter reports what is wrong at the value
/// (its path and column) and returns <see langword="null"/>. Messages never quote a value from the file:
/// a misplaced e-mail address or name in an id field must not reach a log.
/// </summary>
internal sealed class FileValues(JsonInput input)
{
    public JsonInput Input => input;

    public Instant? Instant(JsonInputNode? node)
    {
        var text = node is null ? null : input.String(node);
        if (text is null)
        {
            return null;
        }

        if (FileText.TryParse(text, out var instant))
        {
            return instant;
        }

        Report(node!, "The value is not an instant; write it in UTC as 2025-03-07T21:00:00Z (or with its offset, 2025-03-07T16:00:00-05:00).");
        return null;
    }

    public T? Id<T>(JsonInputNode? node)
        where T : struct, IStronglyTypedId<T>
    {
        var text = node is null ? null : input.String(node);
        if (text is null)
        {
            return null;
        }

        if (T.TryParse(text, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        Report(node!, "The value is not an id: write a non-empty GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.");
        return null;
    }

    /// <summary>An optional id: absent or <c>null</c> is none (<c>(true, null)</c>); a bad value is reported (<c>(false, null)</c>).</summary>
    public (bool Ok, T? Value) OptionalId<T>(JsonInputNode? node)
        where T : struct, IStronglyTypedId<T>
    {
        if (node is null || node.Kind == JsonInputKind.Null)
        {
            return (true, null);
        }

        var id = Id<T>(node);
        return (id is not null, id);
    }

    public T? Name<T>(JsonInputNode? node, SlaJsonName<T> names)
        where T : struct, Enum
    {
        var text = node is null ? null : input.String(node);
        if (text is null)
        {
            return null;
        }

        if (names.TryParse(text, out var value))
        {
            return value;
        }

        Report(node!, $"The value is not a {names.Noun}; write {names.Choices}.");
        return null;
    }

    /// <summary>A name by a rule (a channel, a tier): the text if <paramref name="isValid"/>.</summary>
    public string? Text(JsonInputNode? node, Func<string, bool> isValid, string what)
    {
        var text = node is null ? null : input.String(node);
        if (text is null)
        {
            return null;
        }

        if (isValid(text))
        {
            return text;
        }

        Report(node!, $"The value is not a {what}: use {Slug.Rule}.");
        return null;
    }

    /// <summary>Free text (a subject, a body, a comment: personal data, never quoted); null when absent.</summary>
    public string? FreeText(JsonInputNode? node) => node is null ? null : input.String(node);

    public int? Integer(JsonInputNode? node) => node is null ? null : input.Integer(node);

    public bool? Boolean(JsonInputNode? node) => node is null ? null : input.Boolean(node);

    public Duration? Duration(JsonInputNode? node)
    {
        var text = node is null ? null : input.String(node);
        if (text is null)
        {
            return null;
        }

        if (SlaJsonDuration.TryParse(text, out var duration) && duration >= NodaTime.Duration.Zero)
        {
            return duration;
        }

        Report(node!, "The value is not a duration; write for example 6m, 1h30m or 90s.");
        return null;
    }

    public IReadOnlyList<string>? Strings(JsonInputNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var before = input.Problems.Count;
        var strings = new List<string>();
        foreach (var item in input.Array(node))
        {
            if (input.String(item) is { } text)
            {
                strings.Add(text);
            }
        }

        return input.Problems.Count == before && node.Kind == JsonInputKind.Array ? strings : null;
    }

    /// <summary>Reports a value that has the right JSON type but is not valid.</summary>
    public void Report(JsonInputNode node, string message) =>
        input.Report(node, TicketFileProblemCodes.InvalidValue, message);

    /// <summary>The message of an exception the package threw for a value, without its "(Parameter 'x')" suffix.</summary>
    public static string MessageOf(ArgumentException error) =>
        error.ParamName is null ? error.Message : error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty, StringComparison.Ordinal);
}
