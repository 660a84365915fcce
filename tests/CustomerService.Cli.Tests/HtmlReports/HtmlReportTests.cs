using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CustomerService.Cli.Tests.HtmlReports;

public sealed class HtmlReportTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Html_IsOnePageWithNothingFromTheNetwork()
    {
        var html = Report();

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>").And.Contain("<svg class=\"chart\" id=\"response-times\"")
            .And.Contain("id=\"sla-by-priority\"").And.Contain("id=\"csat-nps-trend\"");
        Regex.Matches(html, "https?://[^\"]+").Select(m => m.Value).Distinct().Should().Equal(["http://www.w3.org/2000/svg"], "the SVG namespace is a name, not a download");
        html.Should().NotContain("<link").And.NotContain(" src=").And.NotContain("@import");
    }

    [Fact]
    public void Html_InChromium_RendersItsChartsWithoutScriptErrors()
    {
        SkipWithoutChromium();
        var page = _folder.Write("report.html", Report());

        var dom = chromium.Run(page, "--dump-dom");

        dom.Should().Contain("data-rendered=\"ok\"").And.Contain("data-charts=\"3 of 3\"");
        Regex.Match(dom, "<pre id=\"errors\"[^>]*>(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value.Should().BeEmpty();
    }

    [Fact]
    public void Html_InChromium_TakesAScreenshotOfThePage()
    {
        SkipWithoutChromium();
        var page = _folder.Write("report.html", Report());
        var screenshot = _folder.File("report.png");

        chromium.Run(page, $"--screenshot={screenshot}", "--window-size=1200,2400", "--hide-scrollbars");

        var png = File.ReadAllBytes(screenshot);
        png.AsSpan(0, 8).ToArray().Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(1200, "the IHDR width");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(2400, "the IHDR height");
        png.Length.Should().BeGreaterThan(20_000, "a page of charts and tables is not a blank image");
    }

    [Fact]
    public void Html_InChromium_AScriptErrorIsRecordedInThePage()
    {
        SkipWithoutChromium();
        // The check above must be able to fail: a page whose script breaks is not marked rendered.
        var broken = Report().Replace("<pre id=\"errors\"", "<script>notAFunction();</script><pre id=\"errors\"", StringComparison.Ordinal);
        var page = _folder.Write("broken.html", broken);

        var dom = chromium.Run(page, "--dump-dom");

        dom.Should().Contain("data-rendered=\"error\"").And.NotContain("data-rendered=\"ok\"");
        Regex.Match(dom, "<pre id=\"errors\"[^>]*>(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value.Should().Contain("notAFunction");
    }

    private string Report()
    {
        var path = _folder.File("kpi.html");
        var run = CliRun.Of("kpi", "--format", "html", "--group-by", "priority,channel", "--out", path);
        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain($"Wrote the KPI report to {path}.");
        return File.ReadAllText(path);
    }

    private void SkipWithoutChromium()
    {
        if (chromium.Unavailable is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
