using System;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// Thrown when a command would break a business rule (reply to a closed ticket, a survey score off
/// its scale). The aggregate is left exactly as it was. Each such command has a <c>Can...</c> query
/// so hosts can ask first instead of catching.
/// </summary>
public sealed class DomainRuleViolationException : Exception
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="error">The rule that was broken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public DomainRuleViolationException(DomainError error)
        : base(Guard.Against.Null(error).ToString())
    {
        Error = error;
    }

    /// <summary>Gets the rule that was broken.</summary>
    public DomainError Error { get; }

    /// <summary>Gets the stable code of the rule that was broken, the same as <c>Error.Code</c>.</summary>
    public string Code => Error.Code;
}
