using System.IO;

namespace CustomerService.Cli.Tests;

/// <summary>A memory stream that counts what was read from it, to show a reader is lazy and its reads bounded.</summary>
internal sealed class CountingStream(byte[] content) : MemoryStream(content)
{
    public long BytesRead { get; private set; }

    public int LargestRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = base.Read(buffer, offset, count);
        BytesRead += read;
        LargestRead = System.Math.Max(LargestRead, count);
        return read;
    }
}
