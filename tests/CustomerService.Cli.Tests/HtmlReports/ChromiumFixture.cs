using System;
using System.Diagnostics;
using System.IO;

namespace CustomerService.Cli.Tests.HtmlReports;

/// <summary>
/// Headless Chromium for the HTML report tests: /usr/bin/chromium, installed by eng/install-chromium.sh
/// when missing. Where it cannot be installed, <see cref="Unavailable"/> says why and the tests skip.
/// </summary>
public sealed class ChromiumFixture
{
    private const string Executable = "/usr/bin/chromium";

    public ChromiumFixture()
    {
        if (File.Exists(Executable))
        {
            return;
        }

        var script = Path.Combine(RepositoryRoot.Path, "eng", "install-chromium.sh");
        var (exitCode, output) = Run("bash", [script], TimeSpan.FromMinutes(10));
        if (exitCode != 0 || !File.Exists(Executable))
        {
            Unavailable = $"headless Chromium is not installed and {script} could not install it (exit code {exitCode}): {output.Trim()}";
        }
    }

    /// <summary>Gets why Chromium cannot be used here, or <see langword="null"/> when it can.</summary>
    public string? Unavailable { get; }

    /// <summary>Runs Chromium headless on a page, with a profile of its own, and returns what it wrote on standard output.</summary>
    public string Run(string page, params string[] mode)
    {
        if (Unavailable is not null)
        {
            throw new InvalidOperationException(Unavailable);
        }

        var profile = Directory.CreateTempSubdirectory("cs-sla-chromium-").FullName;
        try
        {
            string[] args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile}", .. mode, new Uri(page).AbsoluteUri,
            ];
            var (exitCode, output) = Run(Executable, args, TimeSpan.FromSeconds(90));
            exitCode.Should().Be(0, "Chromium should render the page; it wrote: {0}", output);
            return output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}");
        }

        return (process.ExitCode, output.Result + (process.ExitCode == 0 ? string.Empty : errors.Result));
    }
}
