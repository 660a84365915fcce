using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// What <see cref="RepositoryContract"/> found for one implementation of a port: every clause it
/// checked, and every clause that does not hold.
/// </summary>
public sealed class ContractReport
{
    internal ContractReport(string port, string implementation, IReadOnlyList<string> clauses, IReadOnlyList<ContractViolation> violations)
    {
        Port = port;
        Implementation = implementation;
        Clauses = clauses;
        Violations = violations;
    }

    /// <summary>Gets the port's interface name, such as <c>ITicketRepository</c>.</summary>
    public string Port { get; }

    /// <summary>Gets the type name of the implementation checked.</summary>
    public string Implementation { get; }

    /// <summary>Gets the ids of the clauses checked, in the order they ran.</summary>
    public IReadOnlyList<string> Clauses { get; }

    /// <summary>Gets the clauses that do not hold, in the order they ran; empty when the implementation keeps the contract.</summary>
    public IReadOnlyList<ContractViolation> Violations { get; }

    /// <summary>Gets a value indicating whether every clause holds.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>Describes the result: a summary line, then every violation.</summary>
    /// <returns>For example <c>ITicketRepository (SqlTicketRepository) breaks 2 of 18 clauses:</c> and the two violations.</returns>
    public override string ToString()
    {
        if (Passed)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Port} ({Implementation}) keeps all {Clauses.Count} clauses of its contract: {string.Join(", ", Clauses)}.");
        }

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{Port} ({Implementation}) breaks {Violations.Count} of {Clauses.Count} clauses of its contract:");
        foreach (var (violation, index) in Violations.Select((v, i) => (v, i + 1)))
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{index}. ").Append(violation);
        }

        return text.ToString();
    }
}
