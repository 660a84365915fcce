using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// Untrusted JSON read into a <see cref="JsonInputNode"/> tree, and the one place that reports
/// problems about it with their JSON path, line and column. Format readers (calendars, SLA policies,
/// ticket files) take values from it through the typed accessors, which report a wrong type instead
/// of throwing, and through <see cref="Object"/>, which reports unknown and missing properties.
/// </summary>
internal sealed class JsonInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Utf8LineMap _lines;
    private readonly int _baseOffset;

    private JsonInput(byte[] utf8, int baseOffset)
    {
        _lines = new Utf8LineMap(utf8);
        _baseOffset = baseOffset;
    }

    /// <summary>Gets the problems found so far, by the reader and by the format reader using this input.</summary>
    public InputProblemCollector Problems { get; } = new();

    /// <summary>Gets the root value, or <see langword="null"/> if the input could not be read as JSON at all.</summary>
    public JsonInputNode? Root { get; private set; }

    /// <summary>Reads JSON text.</summary>
    public static JsonInput Parse(string json, JsonInputLimits limits)
    {
        // Every character takes at least one UTF-8 byte: a string longer than the limit is too large without encoding it.
        if (json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate cannot be encoded; the text was never valid Unicode.
            int at = IndexOfLoneSurrogate(json);
            var input = new JsonInput(Encoding.UTF8.GetBytes(json), 0);
            input.Report(Encoding.UTF8.GetByteCount(json.AsSpan(0, at)), () => null, JsonProblemCodes.InvalidUtf8, "The text has an unpaired surrogate character, so it is not valid Unicode.");
            return input;
        }

        return Parse(utf8, limits);
    }

    /// <summary>Reads UTF-8 JSON (a leading byte-order mark is skipped).</summary>
    public static JsonInput Parse(ReadOnlySpan<byte> utf8, JsonInputLimits limits) =>
        utf8.Length > limits.MaxBytes ? TooLarge(limits) : Parse(utf8.ToArray(), limits);

    /// <summary>Reads UTF-8 JSON from the current position of a stream, to its end or until the size limit is passed.</summary>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static JsonInput Parse(Stream stream, JsonInputLimits limits)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var content = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                content.Write(buffer, 0, read);
                if (content.Length > limits.MaxBytes)
                {
                    return TooLarge(limits);
                }
            }

            return Parse(content.ToArray(), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reports a problem at a value.</summary>
    public void Report(JsonInputNode node, string code, string message) =>
        Report(node.Offset, () => node.Path, code, message);

    /// <summary>Reports a problem at a property's name (at the value for an array item).</summary>
    public void ReportAtName(JsonInputNode node, string code, string message) =>
        Report(node.Name is null ? node.Offset : node.NameOffset, () => node.Path, code, message);

    /// <summary>Reports a problem about a property of <paramref name="parent"/> that is absent, at the object itself.</summary>
    public void ReportMissing(JsonInputNode parent, string name, string code, string message) =>
        Report(parent.Offset, () => parent.PathOf(name), code, message);

    /// <summary>Reports a problem at a byte offset; its place is only worked out if the problem will be listed.</summary>
    internal void Report(int offset, Func<string?> path, string code, string message)
    {
        if (Problems.IsFull)
        {
            Problems.AddUnlisted();
            return;
        }

        ReportAt(Locate(offset), path(), code, message);
    }

    /// <summary>Gets an object's properties, or reports a wrong type and returns <see langword="null"/>.</summary>
    public JsonObjectView? Object(JsonInputNode node) =>
        Expect(node, JsonInputKind.Object, "an object") ? new JsonObjectView(this, node) : null;

    /// <summary>Gets an array's items, or reports a wrong type and returns an empty list.</summary>
    public IReadOnlyList<JsonInputNode> Array(JsonInputNode node) =>
        Expect(node, JsonInputKind.Array, "an array") ? node.Children : [];

    /// <summary>Gets a string, or reports a wrong type and returns <see langword="null"/>.</summary>
    public string? String(JsonInputNode node) =>
        Expect(node, JsonInputKind.String, "a string") ? node.Text : null;

    /// <summary>Gets a boolean, or reports a wrong type and returns <see langword="null"/>.</summary>
    public bool? Boolean(JsonInputNode node) =>
        Expect(node, JsonInputKind.Boolean, "true or false") ? node.Text == "true" : null;

    /// <summary>Gets a whole number that fits an <see cref="int"/>, or reports a wrong type and returns <see langword="null"/>.</summary>
    public int? Integer(JsonInputNode node)
    {
        if (node.Kind == JsonInputKind.Number
            && int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        Report(node, JsonProblemCodes.WrongType, node.Kind == JsonInputKind.Number
            ? $"Expected a whole number between {int.MinValue} and {int.MaxValue}; found {InputText.Quote(node.Text)}."
            : $"Expected a whole number; found {node.KindDescription}.");
        return null;
    }

    /// <summary>Gets a finite number, or reports a wrong type and returns <see langword="null"/>.</summary>
    public double? Number(JsonInputNode node)
    {
        if (node.Kind == JsonInputKind.Number
            && double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value))
        {
            return value;
        }

        Report(node, JsonProblemCodes.WrongType, node.Kind == JsonInputKind.Number
            ? $"Expected a number of ordinary size; found {InputText.Quote(node.Text)}."
            : $"Expected a number; found {node.KindDescription}.");
        return null;
    }

    private static JsonInput Parse(byte[] utf8, JsonInputLimits limits)
    {
        if (utf8.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        int bom = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var input = new JsonInput(utf8, bom);
        ReadOnlySpan<byte> json = utf8.AsSpan(bom);
        if (!Utf8.IsValid(json))
        {
            input.Report(IndexOfInvalidUtf8(json), () => null, JsonProblemCodes.InvalidUtf8, "The input is not valid UTF-8.");
            return input;
        }

        input.Root = new JsonInputTreeBuilder(input, limits).Build(json);
        return input;
    }

    private static JsonInput TooLarge(JsonInputLimits limits)
    {
        var input = new JsonInput([], 0);
        input.Problems.Add(JsonProblemCodes.TooLarge, $"The input is larger than {limits.MaxBytes} bytes, the most this format accepts.");
        return input;
    }

    private static int IndexOfInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int at = 0;
        while (System.Text.Rune.DecodeFromUtf8(utf8[at..], out _, out int consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    private static int IndexOfLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Gets the line and column of an offset into the JSON (after any byte-order mark).</summary>
    internal (int Line, int Column) Locate(int offset) => _lines.Locate(offset + _baseOffset);

    /// <summary>Gets the line and column of a position a <see cref="JsonException"/> gives (0-based line and byte in line).</summary>
    internal (int Line, int Column) Locate(long lineIndex, long byteInLine) =>
        _lines.Locate(lineIndex, lineIndex == 0 ? byteInLine + _baseOffset : byteInLine);

    internal void ReportAt((int Line, int Column) at, string? path, string code, string message) =>
        Problems.Add(code, message, path, at.Line, at.Column);

    private bool Expect(JsonInputNode node, JsonInputKind kind, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Report(node, JsonProblemCodes.WrongType, $"Expected {expected}; found {node.KindDescription}.");
        return false;
    }
}
