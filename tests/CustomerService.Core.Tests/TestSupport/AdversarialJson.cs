using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>How a fuzz case hands its document to a parser: as text, as UTF-8 bytes or as a stream.</summary>
public enum FuzzEntry
{
    Text,
    Utf8,
    Stream,
}

/// <summary>One malformed or adversarial document, and how it was made (printed short when a case fails).</summary>
internal sealed record FuzzCase(string How, byte[] Utf8, FuzzEntry Entry)
{
    /// <summary>The document as a parser's text entry point gets it: invalid UTF-8 becomes U+FFFD, as a host decoding a file would see it.</summary>
    public string Text => Encoding.UTF8.GetString(Utf8);

    public Stream OpenStream() => new MemoryStream(Utf8, writable: false);

    public override string ToString()
    {
        string preview = Encoding.UTF8.GetString(Utf8.AsSpan(0, Math.Min(Utf8.Length, 300)));
        return $"{How}, {Entry}, {Utf8.Length} bytes: {preview}";
    }
}

/// <summary>
/// Generators of damaged and hostile JSON built from a valid document: structural edits of its tree (values replaced by
/// hostile ones, members duplicated, removed, renamed to huge names, wrapped in deep nesting), then byte damage
/// (truncation, invalid UTF-8, random byte edits).
/// </summary>
internal static class AdversarialJson
{
    private enum Edit
    {
        Replace,
        Duplicate,
        Remove,
        Wrap,
        LongName,
    }

    /// <summary>Byte sequences that are not UTF-8: a stray continuation byte, an overlong NUL, an encoded surrogate, a code point past U+10FFFF, a cut sequence, 0xFF.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF], [0xFE, 0xFF],
    ];

    /// <summary>Scalars a reader must refuse or accept calmly: huge and odd numbers, unknown zone ids, impossible dates and times, hostile strings.</summary>
    public static readonly string[] HostileScalars =
    [
        "null", "true", "false", "{}", "[]", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1e-400", "2147483648", "-2147483649",
        "9223372036854775808", "99999999999999999999999999999999", new string('9', 10_000), "0.00000000000000000000001",
        "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\\\\"", "\"\\u202e\"", "\"\u00e9\u00e8\uD83D\uDE00\"",
        "\"Mars/Olympus_Mons\"", "\"UTC\"", "\"Etc/GMT+14\"", "\"Etc/GMT-15\"", "\"america/new_york\"", "\"America/New_York \"",
        "\"../../etc/passwd\"", "\"+05:00\"", "\"Europe/Berlin\\u0000\"",
        "\"2025-02-30\"", "\"2024-02-29\"", "\"-0001-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"", "\"24:00\"", "\"25:00\"", "\"23:59:60\"",
        "\"1h\"", "\"0s\"", "\"-1h\"", "\"PT1H\"", "\"1h1h\"", "\"99999999999999999999h\"", "\"2562047788015h\"",
        "{\"a\":1,\"a\":2}", "[1,[2,[3]]]",
    ];

    /// <summary>Hostile values, as raw JSON bytes (some are deliberately not valid JSON or not valid UTF-8).</summary>
    public static readonly Gen<byte[]> HostileValue = Gen.OneOf(
        Gen.OneOfConst(HostileScalars).Select(Encoding.UTF8.GetBytes),
        Gen.Select(Gen.OneOfConst(2, 15, 16, 17, 100, 10_000, 100_000), Gen.Bool).Select(Nesting),
        Gen.Select(Gen.OneOfConst(1_000, 100_000, 1_000_000), Gen.Bool).Select(LongString),
        Gen.Select(Gen.OneOfConst(InvalidUtf8), Gen.Bool).Select(InvalidUtf8String),
        Gen.String[Gen.Char, 0, 40].Select(s => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s))),
        Gen.Long.Select(n => Encoding.UTF8.GetBytes(n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Documents made from <paramref name="sample"/> by one to three structural edits and then, sometimes, byte damage.</summary>
    public static Gen<FuzzCase> Documents(string sample)
    {
        JsonNode root = ParseSample(sample);
        int count = Count(root);
        var edit = Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, 4].Select(i => (Edit)i), HostileValue);
        var entry = Gen.Int[0, 2].Select(i => (FuzzEntry)i);
        return Gen.Select(edit.Array[1, 3], Gen.Int[0, 9], Gen.Double[0, 1], Gen.OneOfConst(InvalidUtf8), entry)
            .SelectMany(t =>
            {
                var (edits, damage, at, invalid, how) = t;
                var plan = new Dictionary<int, (Edit Kind, byte[] Value)>();
                foreach (var (index, kind, value) in edits)
                {
                    plan[index] = (kind, value);
                }

                byte[] edited = Write(root, plan);
                string described = string.Join(" ", plan.Select(p => $"{p.Value.Kind}@{p.Key}"));
                int cut = (int)(at * edited.Length);
                return damage switch
                {
                    // Most cases keep the edited document whole; the rest are damaged in one of three ways.
                    7 => Gen.Const(new FuzzCase(described + " truncated@" + cut, edited[..cut], how)),
                    8 => Gen.Const(new FuzzCase(described + " invalid-utf8@" + cut, [.. edited[..cut], .. invalid, .. edited[cut..]], how)),
                    9 => JsonInputFuzz.ByteEdits(edited, (byte)'9').Select(bytes => new FuzzCase(described + " byte-edits", bytes, how)),
                    _ => Gen.Const(new FuzzCase(described, edited, how)),
                };
            });
    }

    /// <summary>Every scalar value of <paramref name="sample"/> replaced, one at a time, by every <paramref name="stride"/>-th of <see cref="HostileScalars"/> (each scalar its own share, so that every value is used).</summary>
    public static IEnumerable<FuzzCase> EveryScalarReplaced(string sample, int stride = 5)
    {
        JsonNode root = ParseSample(sample);
        var scalars = new List<int>();
        int index = 0;
        Visit(root, ref index, scalars);
        for (int s = 0; s < scalars.Count; s++)
        {
            int at = scalars[s];
            foreach (string value in HostileScalars.Where((_, v) => (v + s) % stride == 0))
            {
                var plan = new Dictionary<int, (Edit, byte[])> { [at] = (Edit.Replace, Encoding.UTF8.GetBytes(value)) };
                yield return new FuzzCase($"scalar@{at}={value[..Math.Min(value.Length, 20)]}", Write(root, plan), FuzzEntry.Utf8);
            }
        }
    }

    /// <summary>A document of about <paramref name="megabytes"/> MB whose one string value is that long.</summary>
    public static byte[] WithHugeString(string property, int megabytes) =>
        [.. "{\""u8, .. Encoding.UTF8.GetBytes(property), .. "\": \""u8, .. Enumerable.Repeat((byte)'x', megabytes * 1024 * 1024), .. "\"}"u8];

    private static byte[] Nesting((int Depth, bool Objects) t) => t.Objects
        ? [.. Repeat("{\"a\":"u8, t.Depth), (byte)'1', .. Enumerable.Repeat((byte)'}', t.Depth)]
        : [.. Enumerable.Repeat((byte)'[', t.Depth), .. Enumerable.Repeat((byte)']', t.Depth)];

    private static byte[] LongString((int Length, bool Escaped) t) => t.Escaped
        ? [(byte)'"', .. Repeat("\\u00e9"u8, t.Length / 6), (byte)'"']
        : [(byte)'"', .. Enumerable.Repeat((byte)'a', t.Length), (byte)'"'];

    private static byte[] InvalidUtf8String((byte[] Bytes, bool Quoted) t) =>
        t.Quoted ? [.. "\"ab"u8, .. t.Bytes, .. "cd\""u8] : t.Bytes;

    private static byte[] Repeat(ReadOnlySpan<byte> piece, int times)
    {
        var result = new byte[piece.Length * times];
        for (int i = 0; i < times; i++)
        {
            piece.CopyTo(result.AsSpan(i * piece.Length));
        }

        return result;
    }

    private static JsonNode ParseSample(string sample) =>
        JsonNode.Parse(sample, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
        ?? throw new ArgumentException("The sample is the JSON null.", nameof(sample));

    // Nodes in pre-order: the node itself, then its children's subtrees.
    private static int Count(JsonNode? node) => 1 + node switch
    {
        JsonObject o => o.Sum(p => Count(p.Value)),
        JsonArray a => a.Sum(Count),
        _ => 0,
    };

    private static void Visit(JsonNode? node, ref int index, List<int> scalars)
    {
        int mine = index++;
        switch (node)
        {
            case JsonObject o:
                foreach (var member in o)
                {
                    Visit(member.Value, ref index, scalars);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Visit(item, ref index, scalars);
                }

                break;
            default:
                scalars.Add(mine);
                break;
        }
    }

    private static byte[] Write(JsonNode root, Dictionary<int, (Edit Kind, byte[] Value)> plan)
    {
        using var output = new MemoryStream();
        int index = 0;
        Emit(root, output, ref index, plan);
        return output.ToArray();
    }

    // A member's name edits (LongName) are the parent's to write; anywhere else LongName replaces the value.
    private static void Emit(JsonNode? node, MemoryStream output, ref int index, Dictionary<int, (Edit Kind, byte[] Value)> plan, bool isMember = false)
    {
        int mine = index++;
        bool edited = plan.TryGetValue(mine, out var edit);
        if (edited && (edit.Kind == Edit.Replace || (edit.Kind == Edit.LongName && !isMember)))
        {
            output.Write(edit.Value);
            index += Count(node) - 1;
            return;
        }

        int wraps = edited && edit.Kind == Edit.Wrap ? 20 : 0;
        output.Write(Enumerable.Repeat((byte)'[', wraps).ToArray());
        switch (node)
        {
            case JsonObject o:
                output.WriteByte((byte)'{');
                bool first = true;
                foreach (var (name, child) in o)
                {
                    int childIndex = index;
                    bool childEdited = plan.TryGetValue(childIndex, out var childEdit);
                    if (childEdited && childEdit.Kind == Edit.Remove)
                    {
                        index += Count(child);
                        continue;
                    }

                    Separator(output, ref first);
                    WriteName(output, childEdited && childEdit.Kind == Edit.LongName ? name + new string('n', 1_000_000) : name);
                    Emit(child, output, ref index, plan, isMember: true);
                    if (childEdited && childEdit.Kind == Edit.Duplicate)
                    {
                        Separator(output, ref first);
                        WriteName(output, name);
                        output.Write(childEdit.Value);
                    }
                }

                output.WriteByte((byte)'}');
                break;
            case JsonArray a:
                output.WriteByte((byte)'[');
                bool firstItem = true;
                foreach (var item in a)
                {
                    bool itemEdited = plan.TryGetValue(index, out var itemEdit);
                    if (itemEdited && itemEdit.Kind == Edit.Remove)
                    {
                        index += Count(item);
                        continue;
                    }

                    Separator(output, ref firstItem);
                    Emit(item, output, ref index, plan);
                    if (itemEdited && itemEdit.Kind == Edit.Duplicate)
                    {
                        Separator(output, ref firstItem);
                        output.Write(itemEdit.Value);
                    }
                }

                output.WriteByte((byte)']');
                break;
            default:
                output.Write(Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"));
                break;
        }

        output.Write(Enumerable.Repeat((byte)']', wraps).ToArray());
    }

    private static void Separator(MemoryStream output, ref bool first)
    {
        if (!first)
        {
            output.WriteByte((byte)',');
        }

        first = false;
    }

    private static void WriteName(MemoryStream output, string name)
    {
        output.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(name)));
        output.WriteByte((byte)':');
    }
}
