using System;
using System.IO;

namespace CustomerService.Cli.Tests.Backtests;

public sealed class BacktestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string SamplePolicies => Path.Combine(RepositoryRoot.Path, "samples", "policies.json");

    [Fact]
    public void Backtest_ATighterTarget_ShowsWhatItWouldBreach()
    {
        // The standard policy's first reply to normal tickets, from 8 business hours down to 4.
        var tighter = _folder.Write("tighter.json", File.ReadAllText(SamplePolicies).Replace(
            """{ "metric": "first-reply", "priority": "normal", "duration": "8h",""",
            """{ "metric": "first-reply", "priority": "normal", "duration": "4h",""",
            StringComparison.Ordinal));

        var run = CliRun.Of("backtest", "--policies", SamplePolicies, "--against", tighter, "--changes", "3");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().StartWith("Backtest at 2025-03-31T00:00:00Z (the end of the sample's period) over 1,000 tickets")
            .And.MatchRegex(@"sla\s+first-reply\s+normal\s+\d+ -> \d+ \(-\d+\)\s+\d+ -> \d+ \(\+\d+\)")
            .And.MatchRegex(@"sla\s+first-reply\s+high\s+\d+\s+\d+\s")
            .And.MatchRegex(@"\d+ target\(s\) change their outcome; the first 3:")
            .And.MatchRegex(@"ticket [0-9a-f-]{36}: sla first-reply#1 achieved -> breached");
    }

    [Fact]
    public void Backtest_TheSamePolicies_ChangeNothing()
    {
        var run = CliRun.Of("backtest", "--policies", SamplePolicies, "--against", SamplePolicies);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("no target changes its outcome.").And.NotContain("->");
    }

    [Fact]
    public void Backtest_ACandidateWithProblems_SaysWhere_AndComputesNothing()
    {
        var candidate = _folder.Write("bad.json", """{ "policies": [{ "id": "p", "version": 0, "targets": [] }] }""");

        var run = CliRun.Of("backtest", "--policies", SamplePolicies, "--against", candidate);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain($"{candidate}: $.policies[0].version").And.Contain("nothing was computed");
    }

    [Theory]
    [InlineData(new[] { "backtest", "--against", "new.json" }, "--policies is required")]
    [InlineData(new[] { "backtest", "--policies", "old.json" }, "--against is required")]
    [InlineData(new[] { "backtest", "--policies", "old.json", "--against", "new.json", "--changes", "all" }, "--changes 'all' is not a whole number")]
    public void Backtest_UsageMistakes_ExitWith2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}
