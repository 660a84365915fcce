using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// <c>sla-side-by-side dir1 dir2 ...</c>: times the typical ticket's evaluation in several builds of this program (their
/// output directories) loaded side by side in one process, alternating batches between them, so that every build sees the
/// same load from other work on the machine; prints the fastest, 10th-percentile and median batch of each, per evaluation.
/// On a shared machine only the comparison within one run means something.
/// </summary>
internal static class SlaSideBySide
{
    private const int Rounds = 200;
    private const int BatchSize = 2_000;

    public static int Run(string[] args)
    {
        var directories = args[1..];
        Func<int, long>[] builds = [.. directories.Select(Load)];
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            // Twice, with a pause, so that the runtime finishes compiling every build's code before timing.
            for (var i = 0; i < 30; i++)
            {
                Array.ForEach(builds, build => build(BatchSize));
            }

            Thread.Sleep(1000);
        }

        var times = builds.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < builds.Length; k++)
            {
                // Each round starts with another build, so that none always runs right after the same one.
                var b = (round + k) % builds.Length;
                times[b].Add(builds[b](BatchSize) * 1e9 / System.Diagnostics.Stopwatch.Frequency / BatchSize);
            }
        }

        for (var b = 0; b < builds.Length; b++)
        {
            var sorted = times[b].Order().ToArray();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{directories[b]}: min {sorted[0]:F0} ns, p10 {sorted[sorted.Length / 10]:F0} ns, median {sorted[sorted.Length / 2]:F0} ns"));
        }

        return 0;
    }

    /// <summary>The <see cref="SlaLoop.Batch"/> of the build in <paramref name="directory"/>, with its own copy of the library.</summary>
    private static Func<int, long> Load(string directory)
    {
        var context = new BuildContext(Path.GetFullPath(directory));
        var program = context.LoadFromAssemblyPath(Path.Combine(context.Directory, "CustomerService.Core.Benchmarks.dll"));
        var batch = program.GetType(typeof(SlaLoop).FullName!)!.GetMethod(nameof(SlaLoop.Batch), BindingFlags.Static | BindingFlags.Public)!;
        return batch.CreateDelegate<Func<int, long>>();
    }

    /// <summary>Loads a build's assemblies from its own directory (the framework's come from the default context).</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext(directory)
    {
        public string Directory { get; } = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(Directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
