using System;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>
/// Whether this test process serves a mutation run (<c>eng/mutation.sh</c> sets <c>CUSTOMERSERVICE_MUTATION_RUN=1</c>).
/// </summary>
/// <remarks>
/// Stryker's Microsoft.Testing.Platform runner runs the whole suite against every mutant, so there the generated
/// test cases are cut to a tenth and the test that builds the library in a child process is skipped. Everything
/// else runs unchanged; a normal <c>dotnet test</c> never sees the variable.
/// </remarks>
public static class MutationRun
{
    /// <summary>True when the suite runs under <c>eng/mutation.sh</c>.</summary>
    public static bool IsActive { get; } = Environment.GetEnvironmentVariable("CUSTOMERSERVICE_MUTATION_RUN") == "1";

    /// <summary>The number of generated cases to try: <paramref name="count"/>, or a tenth of it (at least 10) in a mutation run.</summary>
    public static int Iter(int count) => IsActive ? Math.Max(count / 10, Math.Min(count, 10)) : count;
}
