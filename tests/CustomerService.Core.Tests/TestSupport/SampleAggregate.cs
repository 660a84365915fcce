using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Tests.TestSupport;

public sealed record SampleRenamed(string NewName, Instant OccurredAt) : IDomainEvent;

/// <summary>A minimal aggregate: one rule (names are not empty and closed samples can't change).</summary>
public sealed class SampleAggregate : AggregateRoot<SampleId>
{
    public static readonly DomainError Closed = new("sample.closed", "A closed sample cannot change.");

    public SampleAggregate(SampleId id)
        : base(id)
    {
    }

    public string Name { get; private set; } = "initial";

    public bool IsClosed { get; private set; }

    public void Rename(string name, Instant at)
    {
        if (IsClosed)
        {
            throw new DomainRuleViolationException(Closed);
        }

        Name = name;
        Raise(new SampleRenamed(name, at));
    }

    public void Close() => IsClosed = true;

    public void Restore(long version) => RestoreVersion(version);
}
