using System;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// A broken business rule: a stable, machine-readable <see cref="Code"/> (for example
/// <c>ticket.closed</c>) that hosts can map to HTTP or UI responses, and a readable message.
/// </summary>
/// <remarks>
/// Codes are part of the public contract and never change once shipped; messages may be reworded.
/// Neither ever contains personal data.
/// </remarks>
public sealed record DomainError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code, lower-case words separated by dots, e.g. <c>ticket.closed</c>.</param>
    /// <param name="message">A readable description of the rule that was broken.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty or white space.</exception>
    public DomainError(string code, string message)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>Gets the stable, machine-readable code of the rule.</summary>
    public string Code { get; }

    /// <summary>Gets a readable description of the rule that was broken.</summary>
    public string Message { get; }

    /// <summary>Returns <c>code: message</c>.</summary>
    /// <returns>The code and the message.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
