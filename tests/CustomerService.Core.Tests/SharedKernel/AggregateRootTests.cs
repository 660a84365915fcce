using System;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class AggregateRootTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 7, 16, 0);

    [Fact]
    public void New_aggregate_HasVersionZeroAndNoEvents()
    {
        var sample = new SampleAggregate(SampleId.New());

        sample.Version.Should().Be(0);
        sample.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Raise_RecordsEventsInOrderAndIncrementsVersion()
    {
        var sample = new SampleAggregate(SampleId.New());

        sample.Rename("a", At);
        sample.Rename("b", At + Duration.FromMinutes(1));

        sample.Version.Should().Be(2);
        sample.DomainEvents.Should().Equal(
            new SampleRenamed("a", At),
            new SampleRenamed("b", At + Duration.FromMinutes(1)));
    }

    [Fact]
    public void DequeueDomainEvents_ReturnsPendingEventsOnceAndKeepsVersion()
    {
        var sample = new SampleAggregate(SampleId.New());
        sample.Rename("a", At);

        var first = sample.DequeueDomainEvents();
        var second = sample.DequeueDomainEvents();

        first.Should().ContainSingle().Which.Should().Be(new SampleRenamed("a", At));
        second.Should().BeEmpty();
        sample.DomainEvents.Should().BeEmpty();
        sample.Version.Should().Be(1);
    }

    [Fact]
    public void DequeueDomainEvents_ReturnsASnapshotNotALiveView()
    {
        var sample = new SampleAggregate(SampleId.New());
        sample.Rename("a", At);

        var dequeued = sample.DequeueDomainEvents();
        sample.Rename("b", At);

        dequeued.Should().ContainSingle();
    }

    [Fact]
    public void RuleViolation_LeavesVersionEventsAndStateUnchanged()
    {
        var sample = new SampleAggregate(SampleId.New());
        sample.Rename("a", At);
        sample.Close();

        var act = () => sample.Rename("b", At);

        act.Should().Throw<DomainRuleViolationException>().Which.Code.Should().Be("sample.closed");
        sample.Name.Should().Be("a");
        sample.Version.Should().Be(1);
        sample.DomainEvents.Should().ContainSingle();
    }

    [Fact]
    public void RestoreVersion_SetsVersionWithoutEvents_AndRejectsNegative()
    {
        var sample = new SampleAggregate(SampleId.New());

        sample.Restore(41);
        var act = () => sample.Restore(-1);

        sample.Version.Should().Be(41);
        sample.DomainEvents.Should().BeEmpty();
        act.Should().Throw<ArgumentException>();
        sample.Version.Should().Be(41);
    }

    [Fact]
    public void Entities_AreEqualByTypeAndId()
    {
        var id = SampleId.New();
        var a = new SampleAggregate(id);
        var b = new SampleAggregate(id);
        var c = new SampleAggregate(SampleId.New());

        (a == b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != c).Should().BeTrue();
        a.Equals(null).Should().BeFalse();
        (a == null).Should().BeFalse();
    }

    [Fact]
    public void Entity_WithDefaultId_IsRejected()
    {
        var act = () => new SampleAggregate(default);

        act.Should().Throw<ArgumentException>();
    }
}
