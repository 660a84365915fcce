using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Sla;

/// <summary>
/// Thrown when code builds an invalid policy or policy set, or gives the engine a policy set whose calendars it does
/// not have. <see cref="Problems"/> lists everything wrong at once, each with its path (<c>targets[1].warnings[0]</c>).
/// </summary>
public sealed class InvalidSlaPolicyException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidSlaPolicyException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return "The SLA policy is invalid: " + string.Join("; ", problems.Select(p => p.ToString()));
    }
}
