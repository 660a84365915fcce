using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Sla;

namespace CustomerService.Core.Ports;

/// <summary>
/// Supplies the SLA policy set in force, from wherever the host keeps it (configuration, a database,
/// a file it watches). Services ask on every run, so a changed policy set applies from the next run to the
/// tickets that run looks at; the SLA monitor looks at every open ticket at least once an hour by default.
/// </summary>
public interface ISlaPolicyProvider
{
    /// <summary>Gets the policy set in force now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy set.</returns>
    ValueTask<SlaPolicySet> GetPolicySetAsync(CancellationToken cancellationToken = default);
}
