using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class NodaTimeGuardsTests
{
    [Fact]
    public void NegativeOrZero_ReturnsPositiveDurations()
    {
        Guard.Against.NegativeOrZero(Duration.FromSeconds(1)).Should().Be(Duration.FromSeconds(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NegativeOrZero_RejectsZeroAndNegative_NamingTheArgument(long seconds)
    {
        var target = Duration.FromSeconds(seconds);

        var act = () => Guard.Against.NegativeOrZero(target);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("target");
    }

    [Fact]
    public void Negative_AcceptsZero_RejectsNegative()
    {
        Guard.Against.Negative(Duration.Zero).Should().Be(Duration.Zero);
        var lead = Duration.FromTicks(-1);
        var act = () => Guard.Against.Negative(lead);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lead");
    }

    [Fact]
    public void OutOfEventRange_RejectsTheEndsOfTime()
    {
        var now = Instant.FromUtc(2025, 1, 1, 0, 0);
        Guard.Against.OutOfEventRange(now).Should().Be(now);

        var actMin = () => Guard.Against.OutOfEventRange(Instant.MinValue);
        var actMax = () => Guard.Against.OutOfEventRange(Instant.MaxValue);

        actMin.Should().Throw<ArgumentOutOfRangeException>();
        actMax.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Reversed_RejectsAnEndBeforeTheStart()
    {
        var start = Instant.FromUtc(2025, 1, 1, 0, 0);
        var end = start - Duration.FromTicks(1);

        Guard.Against.Reversed(start, start);
        var act = () => Guard.Against.Reversed(start, end);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
    }
}
