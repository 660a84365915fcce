using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// Builds the <see cref="JsonInputNode"/> tree with <see cref="Utf8JsonReader"/>, without recursion:
/// a syntax error or too deep a nesting ends reading with one problem (nothing after it can be
/// trusted); a duplicate property is reported and reading goes on.
/// </summary>
internal sealed class JsonInputTreeBuilder
{
    private readonly JsonInput _input;
    private readonly JsonInputLimits _limits;

    public JsonInputTreeBuilder(JsonInput input, JsonInputLimits limits)
    {
        _input = input;
        _limits = limits;
    }

    /// <summary>Returns the root, or <see langword="null"/> after reporting why there is none.</summary>
    public JsonInputNode? Build(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            // One more than ours, so that our clearer problem is reported first.
            MaxDepth = _limits.MaxDepth + 1,
        });
        var open = new Stack<JsonInputNode>();
        JsonInputNode? root = null;
        string? name = null;
        int nameOffset = 0;
        try
        {
            while (reader.Read())
            {
                int offset = (int)reader.TokenStartIndex;
                JsonInputNode node;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = ReadString(ref reader, open.Count > 0 ? open.Peek() : null);
                        nameOffset = offset;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        open.Pop();
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= _limits.MaxDepth)
                        {
                            _input.Report(offset, () => null, JsonProblemCodes.TooDeep, $"Objects and arrays are nested more than {_limits.MaxDepth} deep.");
                            return null;
                        }

                        node = new JsonInputNode(reader.TokenType == JsonTokenType.StartObject ? JsonInputKind.Object : JsonInputKind.Array, offset);
                        break;
                    case JsonTokenType.String:
                        node = new JsonInputNode(JsonInputKind.String, offset, ReadString(ref reader, open.Count > 0 ? open.Peek() : null));
                        break;
                    case JsonTokenType.Number:
                        node = new JsonInputNode(JsonInputKind.Number, offset, Encoding.UTF8.GetString(reader.ValueSpan));
                        break;
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                        node = new JsonInputNode(JsonInputKind.Boolean, offset, reader.TokenType == JsonTokenType.True ? "true" : "false");
                        break;
                    default:
                        node = new JsonInputNode(JsonInputKind.Null, offset);
                        break;
                }

                if (open.Count == 0)
                {
                    root = node;
                }
                else
                {
                    Attach(open.Peek(), node, name, nameOffset);
                }

                if (node.Kind is JsonInputKind.Object or JsonInputKind.Array)
                {
                    open.Push(node);
                }
            }
        }
        catch (JsonException e)
        {
            _input.ReportAt(_input.Locate(e.LineNumber ?? 0, e.BytePositionInLine ?? 0), path: null, JsonProblemCodes.Syntax, $"The text is not valid JSON: {Describe(e)}");
            return null;
        }

        return root;
    }

    private void Attach(JsonInputNode parent, JsonInputNode node, string? name, int nameOffset)
    {
        if (parent.Kind == JsonInputKind.Array)
        {
            parent.Add(node);
            return;
        }

        if (!parent.HasProperty(name!))
        {
            parent.Add(node, name, nameOffset);
            return;
        }

        // The first occurrence is kept: report the second where its name is, and leave it out of the tree.
        _input.Report(nameOffset, () => parent.PathOf(name!), JsonProblemCodes.DuplicateProperty, $"The property {InputText.Quote(name!)} appears more than once in this object; keep one.");
    }

    // GetString throws (rather than the reader's Read) for an escaped lone surrogate such as "\ud800".
    private string ReadString(ref Utf8JsonReader reader, JsonInputNode? parent)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            _input.Report((int)reader.TokenStartIndex, () => parent?.Path, JsonProblemCodes.Syntax, "The string has an escaped unpaired surrogate (such as \\ud800), so it is not valid Unicode.");
            return "\uFFFD";
        }
    }

    // The reader's message ends with its own 0-based position; ours is 1-based and given separately.
    private static string Describe(JsonException e)
    {
        string message = e.Message;
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return ShortenQuotes(position > 0 ? message[..position] : message);
    }

    // The reader quotes the text at a bad literal, up to the end of the input: cut each quote short, so that a
    // message stays short and echoes no more of a document (which may hold personal data) than a few characters.
    private static string ShortenQuotes(string message)
    {
        const int MaxQuoted = 24;
        var text = new StringBuilder(Math.Min(message.Length, 512));
        int at = 0;
        while (at < message.Length)
        {
            int open = message.IndexOf('\'', at);
            int close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                text.Append(message, at, message.Length - at);
                break;
            }

            int quoted = close - open - 1;
            text.Append(message, at, open + 1 - at).Append(message, open + 1, Math.Min(quoted, MaxQuoted));
            text.Append(quoted > MaxQuoted ? "…'" : "'");
            at = close + 1;
        }

        return text.ToString();
    }
}
