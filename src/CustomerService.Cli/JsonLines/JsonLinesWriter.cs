using System;
using System.IO;
using System.Text.Json;

namespace CustomerService.Cli.JsonLines;

/// <summary>Writes JSON Lines: each record one compact JSON object, then a line feed.</summary>
internal sealed class JsonLinesWriter(Stream stream, JsonWriterOptions options) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(stream, options);

    public long Count { get; private set; }

    public void Write(Action<Utf8JsonWriter> write)
    {
        write(_writer);
        _writer.Flush();
        _writer.Reset();
        stream.WriteByte((byte)'\n');
        Count++;
    }

    public void Dispose()
    {
        _writer.Dispose();
        stream.Dispose();
    }
}
