using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.DependencyInjection;

/// <summary>
/// Thrown by <see cref="CustomerServiceCoreServiceCollectionExtensions.AddCustomerServiceCore"/> when its options are
/// invalid. <see cref="Problems"/> lists everything wrong at once, each with its path in the options
/// (<c>$.MonitorBatchSize</c>, <c>$.SlaPolicies.policies[0].calendar</c>) and a stable code from
/// <see cref="CustomerServiceCoreOptionsProblemCodes"/>.
/// </summary>
public sealed class InvalidCustomerServiceCoreOptionsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public InvalidCustomerServiceCoreOptionsException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems), "configure")
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The options of AddCustomerServiceCore have {problems.Count} problem(s):"
            + string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
    }
}
