namespace CustomerService.Cli.Tests.Overview;

public sealed class MainJobTests
{
    [Fact]
    public void NoArguments_SummarizesTheSlaAndKpisOfTheSample_TheSameEveryRun()
    {
        var run = CliRun.Of();

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("1,000 tickets and").And.Contain("evaluated at 2025-03-31T00:00:00Z")
            .And.MatchRegex(@"sla\s+first-reply\s+1,000\s").And.MatchRegex(@"ola\s+billing-handling\s")
            .And.MatchRegex(@"CSAT \d+\.\d \(\d+ rated\); NPS [+-]\d+\.\d").And.Contain("cs-sla --help");
        run.Out.Split('\n').Length.Should().BeLessThan(30, "the main job is a summary; the verbs give the detail");
        CliRun.Of().Out.Should().Be(run.Out);
    }
}
