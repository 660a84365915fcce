using CustomerService.Core.Sla;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>
/// The engine measures in ticks when every instant and target of an evaluation is a whole tick (100 ns); instants and
/// targets with nanoseconds beyond the tick are measured exactly all the same (on nine-to-five, 09:00-17:00 UTC weekdays).
/// </summary>
public sealed class SlaEngineNanosecondTests
{
    private static readonly Instant Nine = Utc("2025-03-03 09:00");

    [Fact]
    public void Evaluate_TicketOpenedBetweenTwoTicks_CountsToTheNanosecond()
    {
        var opened = Nine + Duration.FromNanoseconds(50);
        var engine = Engine(SlaMetric.Resolution, Duration.FromHours(2), warnings: SlaWarningThreshold.PercentOfTarget(50));

        var state = engine.Evaluate(Open(opened), Nine + Duration.FromMinutes(90)).Single(SlaMetric.Resolution);

        state.Elapsed.Should().Be(Duration.FromMinutes(90) - Duration.FromNanoseconds(50));
        state.DueAt.Should().Be(Nine + Duration.FromHours(2) + Duration.FromNanoseconds(50));
        state.Warnings.Should().ContainSingle().Which.At.Should().Be(Nine + Duration.FromHours(1) + Duration.FromNanoseconds(50));
    }

    [Fact]
    public void Evaluate_AtAnInstantBetweenTwoTicks_CountsToTheNanosecond()
    {
        var state = Engine(SlaMetric.Resolution, Duration.FromHours(2)).Evaluate(Open(Nine), Nine + Duration.FromHours(1) + Duration.FromNanoseconds(7)).Single(SlaMetric.Resolution);

        state.Elapsed.Should().Be(Duration.FromHours(1) + Duration.FromNanoseconds(7));
        state.DueAt.Should().Be(Nine + Duration.FromHours(2));
    }

    [Fact]
    public void Evaluate_TargetWithNanosecondsBeyondTheTick_IsDueAndBreachedToTheNanosecond()
    {
        var target = Duration.FromHours(2) + Duration.FromNanoseconds(30);

        var state = Engine(SlaMetric.Resolution, target).Evaluate(Open(Nine), Nine + Duration.FromHours(3)).Single(SlaMetric.Resolution);

        state.Stage.Should().Be(SlaStage.Breached);
        state.DueAt.Should().Be(Nine + target);
        state.BreachAt.Should().Be(Nine + target);
    }
}
