using CsCheck;
using CustomerService.Cli.TicketFiles;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.Tests.TicketFiles;

public sealed class FileTextTests
{
    [Theory]
    [InlineData("2025-03-07T21:00:00Z")]
    [InlineData("2024-02-29T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2025-02-29T10:00:00Z")]
    [InlineData("2025-13-01T10:00:00Z")]
    [InlineData("2025-00-10T10:00:00Z")]
    [InlineData("2025-03-00T10:00:00Z")]
    [InlineData("2025-04-31T10:00:00Z")]
    [InlineData("2025-03-07T24:00:00Z")]
    [InlineData("2025-03-07T23:60:00Z")]
    [InlineData("2025-03-07T23:59:60Z")]
    [InlineData("2025-03-07 21:00:00Z")]
    [InlineData("2025-03-07T21:00:00z")]
    [InlineData("+025-03-07T21:00:00Z")]
    [InlineData("2025-03-07T21:00:00.5Z")]
    [InlineData("2025-03-07T21:00Z")]
    public void TryParse_AgreesWithNodaTimesExtendedIsoPattern(string text)
    {
        var expected = InstantPattern.ExtendedIso.Parse(text);

        FileText.TryParse(text, out var instant).Should().Be(expected.Success);
        if (expected.Success)
        {
            instant.Should().Be(expected.Value);
        }
    }

    [Fact]
    public void TryParse_ReadsBackEveryInstantItsFormatWrites() =>
        Gen.Long[Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeSeconds(), Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeSeconds()]
            .Sample(seconds =>
            {
                var instant = Instant.FromUnixTimeSeconds(seconds);
                return FileText.TryParse(FileText.Format(instant), out var read) && read == instant;
            }, iter: 2000);

    [Fact]
    public void TryParse_AnOffset_IsTheSameInstant()
    {
        FileText.TryParse("2025-03-07T16:00:00-05:00", out var instant).Should().BeTrue();

        instant.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 0));
    }
}
