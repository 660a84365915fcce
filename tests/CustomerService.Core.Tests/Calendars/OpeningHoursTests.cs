using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class OpeningHoursTests
{
    [Theory]
    [InlineData(9, 0, 17, 0, false, 8 * 60, "09:00-17:00")]
    [InlineData(22, 0, 6, 0, true, 8 * 60, "22:00-06:00")]
    [InlineData(9, 30, 0, 0, true, (14 * 60) + 30, "09:30-24:00")]
    [InlineData(0, 0, 0, 0, true, 24 * 60, "00:00-24:00")]
    [InlineData(12, 0, 12, 0, true, 24 * 60, "12:00-12:00")]
    public void Properties_DescribeTheLocalInterval(int startHour, int startMinute, int endHour, int endMinute, bool overnight, int minutes, string text)
    {
        var hours = new OpeningHours(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

        hours.IsOvernight.Should().Be(overnight);
        hours.LocalLength.Should().Be(Duration.FromMinutes(minutes));
        hours.ToString().Should().Be(text);
    }

    [Fact]
    public void ToString_ShowsSecondsWhenThereAreAny()
    {
        new OpeningHours(new LocalTime(9, 0, 30), new LocalTime(17, 0)).ToString().Should().Be("09:00:30-17:00");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0)).Should().Be(new OpeningHours(new LocalTime(9, 0), new LocalTime(17, 0)));
        default(OpeningHours).Should().Be(new OpeningHours(LocalTime.Midnight, LocalTime.Midnight), "the default value is the whole day");
    }
}
