using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Text;
using NodaTime;

namespace CustomerService.Cli.Tests;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("4h", 4 * 60)]
    [InlineData("90m", 90)]
    [InlineData("2h30m", 150)]
    [InlineData("1d", 24 * 60)]
    [InlineData("0s", 0)]
    public void Parse_ReadsUnits(string text, long minutes) =>
        DurationText.Parse(text, "duration").Should().Be(Duration.FromMinutes(minutes));

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("4")]
    [InlineData("4x")]
    [InlineData("-4h")]
    [InlineData("99999999999h")]
    public void Parse_RejectsAnythingElse(string text)
    {
        var act = () => DurationText.Parse(text, "duration");

        act.Should().Throw<UsageException>().WithMessage("--duration*is not a duration*");
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(150 * 60, "2h30m")]
    [InlineData(-90 * 60, "-1h30m")]
    [InlineData((26 * 60 + 1) * 60 + 5, "1d2h1m5s")]
    public void Format_WritesWhatParseReads(long seconds, string text) =>
        DurationText.Format(Duration.FromSeconds(seconds)).Should().Be(text);
}
