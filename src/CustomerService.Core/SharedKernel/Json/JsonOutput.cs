using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>Writes the JSON formats of the package as text, in the one indented style they share.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Runs <paramref name="write"/> on an indented writer and returns the text it wrote.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
