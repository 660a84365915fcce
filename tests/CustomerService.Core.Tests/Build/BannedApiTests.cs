using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Build;

/// <summary>
/// Proves, rather than assumes, that reading the system clock in src/ breaks the build: the real
/// library project is built with one extra file that uses DateTime.UtcNow and SystemClock.Instance.
/// </summary>
public sealed class BannedApiTests
{
    [Fact(Skip = "A mutation run tests the library's code, not its build", SkipWhen = nameof(MutationRun.IsActive), SkipType = typeof(MutationRun))]
    [Trait("Category", "Build")]
    public async Task Library_UsingTheSystemClock_FailsToBuildWithRS0030()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "CustomerService.Core", "CustomerService.Core.csproj");
        var probe = Path.Combine(AppContext.BaseDirectory, "Build", "Probes", "AddBannedClockUse.targets");
        var artifacts = Path.Combine(Path.GetTempPath(), "cs-core-banned-api-" + Guid.NewGuid().ToString("N"));

        try
        {
            var (exitCode, output) = await RunDotnetAsync(
                "build", project, "--artifacts-path", artifacts, "-nologo", "-v", "q",
                "-p:CustomBeforeMicrosoftCommonTargets=" + probe);

            exitCode.Should().NotBe(0, "a library that reads the system clock must not build:\n" + output);
            output.Should().Contain("RS0030").And.Contain("DateTime.UtcNow").And.Contain("SystemClock.Instance");
            output.Should().Contain("BannedClockUse.cs");
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The probe build must not inherit the test host's MSBuild node or test-run settings.
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
