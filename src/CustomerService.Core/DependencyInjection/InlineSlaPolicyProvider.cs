using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;

namespace CustomerService.Core.DependencyInjection;

/// <summary>Serves the policy set given inline to <see cref="CustomerServiceCoreOptions.SlaPolicies"/>: always the same instance, so the engine is compiled once.</summary>
internal sealed class InlineSlaPolicyProvider(SlaPolicySet policies) : ISlaPolicyProvider
{
    public ValueTask<SlaPolicySet> GetPolicySetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(policies);
}
