using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>An <see cref="ISlaPolicyProvider"/> over a policy set a test holds and can replace.</summary>
public sealed class InMemorySlaPolicyProvider : ISlaPolicyProvider
{
    private SlaPolicySet _policySet;

    /// <summary>Creates the provider.</summary>
    /// <param name="policySet">The policy set in force.</param>
    public InMemorySlaPolicyProvider(SlaPolicySet policySet) => _policySet = Guard.Against.Null(policySet);

    /// <summary>Gets or sets the policy set in force; a service sees a new one from its next run.</summary>
    public SlaPolicySet PolicySet
    {
        get => Volatile.Read(ref _policySet);
        set => Volatile.Write(ref _policySet, Guard.Against.Null(value));
    }

    /// <inheritdoc />
    public ValueTask<SlaPolicySet> GetPolicySetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(PolicySet);
    }
}
