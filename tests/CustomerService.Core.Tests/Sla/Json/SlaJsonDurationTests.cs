using CustomerService.Core.Sla.Json;
using NodaTime;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed class SlaJsonDurationTests
{
    [Theory]
    [InlineData("1h", 3600_000_000_000L)]
    [InlineData("1h30m", 5400_000_000_000L)]
    [InlineData("90m", 5400_000_000_000L)]
    [InlineData("45s", 45_000_000_000L)]
    [InlineData("0.5s", 500_000_000L)]
    [InlineData("1h0.000000001s", 3600_000_000_001L)]
    [InlineData("PT1H30M", 5400_000_000_000L)]
    [InlineData("PT0,25S", 250_000_000L)]
    [InlineData("PT36H", 129_600_000_000_000L)]
    [InlineData("-15m", -900_000_000_000L)]
    [InlineData("0s", 0L)]
    [InlineData("100000h", 360_000_000_000_000_000L)]
    public void TryParse_EitherForm_ReadsTheDuration(string text, long nanoseconds)
    {
        SlaJsonDuration.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(Duration.FromNanoseconds(nanoseconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("1")]
    [InlineData("1H")]
    [InlineData("PT1h")]
    [InlineData("pt1h")]
    [InlineData("1d")]
    [InlineData("P1D")]
    [InlineData("P1DT1H")]
    [InlineData("PT")]
    [InlineData("-")]
    [InlineData("1h1h")]
    [InlineData("30m1h")]
    [InlineData("1.5h")]
    [InlineData("1.s")]
    [InlineData("0.0000000001s")]
    [InlineData("+1h")]
    [InlineData(" 1h")]
    [InlineData("1h ")]
    [InlineData("100000h1s")]
    [InlineData("9999999999h")]
    [InlineData("999999999h")]
    public void TryParse_AnythingElse_Fails(string text)
    {
        SlaJsonDuration.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(3600_000_000_000L, "1h")]
    [InlineData(5400_000_000_000L, "1h30m")]
    [InlineData(129_600_000_000_000L, "36h")]
    [InlineData(3661_500_000_000L, "1h1m1.5s")]
    [InlineData(1L, "0.000000001s")]
    [InlineData(-900_000_000_000L, "-15m")]
    public void Format_WritesHoursMinutesAndSeconds(long nanoseconds, string text)
    {
        SlaJsonDuration.Format(Duration.FromNanoseconds(nanoseconds)).Should().Be(text);
        SlaJsonDuration.TryParse(text, out var back).Should().BeTrue();
        back.Should().Be(Duration.FromNanoseconds(nanoseconds));
    }
}
