using System;
using System.Collections.Generic;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// An implementation of a port breaks its contract. The message lists every clause that does not
/// hold (not only the first), each with what was expected and what was found, so one test run shows
/// all the work to do. Messages never carry personal data.
/// </summary>
public sealed class ContractViolationException : Exception
{
    internal ContractViolationException(ContractReport report)
        : base(report.ToString())
    {
        Report = report;
    }

    /// <summary>Gets the whole report: every clause checked and every violation.</summary>
    public ContractReport Report { get; }

    /// <summary>Gets the clauses that do not hold.</summary>
    public IReadOnlyList<ContractViolation> Violations => Report.Violations;
}
