using System.IO;
using System.Linq;
using System.Text;
using CustomerService.Cli.JsonLines;

namespace CustomerService.Cli.Tests.JsonLines;

public sealed class JsonLineReaderTests
{
    [Fact]
    public void Read_SplitsOnLineFeeds_DropsCarriageReturns_AndSkipsBlankLinesButCountsThem()
    {
        var lines = Read("{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}");

        lines.Should().Equal((1L, "{\"a\":1}", false), (4L, "{\"b\":2}", false), (5L, "{\"c\":3}", false));
    }

    [Fact]
    public void Read_AnEmptyStream_HasNoLines() => Read(string.Empty).Should().BeEmpty();

    [Fact]
    public void Read_ALineLongerThanTheLimit_IsReportedTooLong_AndTheNextLineIsRead()
    {
        var lines = Read($"{{\"a\":1}}\n{new string('x', 100)}\n{{\"b\":2}}\n", maxLineBytes: 16);

        lines.Should().Equal((1L, "{\"a\":1}", false), (2L, string.Empty, true), (3L, "{\"b\":2}", false));
    }

    [Fact]
    public void Read_ALongLastLineWithoutLineFeed_IsReportedTooLong()
    {
        var lines = Read($"{{\"a\":1}}\n{new string('x', 100)}", maxLineBytes: 16);

        lines.Should().Equal((1L, "{\"a\":1}", false), (2L, string.Empty, true));
    }

    [Fact]
    public void Read_LinesAcrossManyBufferFills_AreWhole()
    {
        // Lines of growing length, up to several times the reader's 64 KiB chunk, cut at arbitrary places by the reads.
        var expected = Enumerable.Range(1, 60).Select(i => new string((char)('a' + (i % 26)), i * 4099)).ToList();

        var lines = Read(string.Join("\n", expected), maxLineBytes: 1 << 20);

        lines.Select(l => l.Text).Should().Equal(expected);
    }

    [Fact]
    public void Read_ATooLongLineSpanningManyReads_IsSkippedWithoutBeingHeld()
    {
        var huge = new string('x', 5_000_000);
        using var stream = new CountingStream(Encoding.UTF8.GetBytes($"{{\"a\":1}}\n{huge}\n{{\"b\":2}}"));

        var lines = JsonLineReader.Read(stream, maxLineBytes: 1 << 20).Select(l => (l.Number, l.IsTooLong)).ToList();

        lines.Should().Equal((1L, false), (2L, true), (3L, false));
        stream.LargestRead.Should().BeLessThanOrEqualTo((1 << 20) + (64 * 1024), "the reader's buffer never grows past the limit and one chunk");
    }

    [Fact]
    public void Read_IsLazy_TheFirstLineArrivesBeforeTheStreamIsRead()
    {
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"{{\"n\":{i}}}\n"));
        using var stream = new CountingStream(Encoding.UTF8.GetBytes(text));

        using var lines = JsonLineReader.Read(stream).GetEnumerator();
        lines.MoveNext().Should().BeTrue();

        stream.BytesRead.Should().BeLessThan(stream.Length / 10);
    }

    private static (long Number, string Text, bool TooLong)[] Read(string text, int maxLineBytes = JsonLineReader.MaxLineBytes)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. JsonLineReader.Read(stream, maxLineBytes).Select(l => (l.Number, Encoding.UTF8.GetString(l.Utf8.Span), l.IsTooLong))];
    }
}
