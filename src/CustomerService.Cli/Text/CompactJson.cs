using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CustomerService.Cli.Text;

/// <summary>Writes small JSON values as compact text, one at a time, reusing one buffer: the items of a long streamed array.</summary>
internal sealed class CompactJson
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public string Write(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
