using System;
using CustomerService.Core.Escalations;
using CustomerService.Core.Services;
using NodaTime;

namespace CustomerService.Core.Tests.Services;

public sealed class SlaMonitorOptionsTests
{
    private static readonly SlaMonitorOptions Valid = new([MonitorWorld.Standard]);

    [Fact]
    public void Constructor_Defaults_AreDocumented()
    {
        Valid.EscalationPolicies.Should().Equal(MonitorWorld.Standard);
        Valid.BatchSize.Should().Be(100);
        Valid.MaxConflictRetries.Should().Be(3);
        Valid.MaxCheckInterval.Should().Be(Duration.FromHours(1));
        Valid.EscalateFrom.Should().Be(EscalationOrigin.AssignedGroup);
        Valid.FromWhenUnassigned.Should().Be(EscalationTarget.Role("unassigned"));
        Valid.DefaultRecipient.Should().Be(DefaultNotificationRecipient.EscalatedTo);
    }

    [Fact]
    public void Constructor_NoPolicy_NullPolicy_OrTwoWithOneId_Throws()
    {
        var again = new EscalationPolicy("standard", [EscalationRule.OnBreach(new(1), EscalationKind.Hierarchical, EscalationTarget.Manager)]);

        ((Action)(() => _ = new SlaMonitorOptions([]))).Should().Throw<ArgumentException>().WithParameterName("escalationPolicies");
        ((Action)(() => _ = new SlaMonitorOptions([null!]))).Should().Throw<ArgumentNullException>().WithParameterName("escalationPolicies");
        ((Action)(() => _ = new SlaMonitorOptions(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new SlaMonitorOptions([MonitorWorld.Standard, again]))).Should().Throw<ArgumentException>().WithMessage("Two escalation policies have the same id.*");
    }

    [Fact]
    public void Init_OutOfRangeValues_Throw_AndLeaveTheOriginalAsItWas()
    {
        ((Action)(() => _ = Valid with { BatchSize = 0 })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = Valid with { MaxConflictRetries = -1 })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = Valid with { MaxCheckInterval = Duration.Zero })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = Valid with { EscalateFrom = (EscalationOrigin)7 })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = Valid with { DefaultRecipient = (DefaultNotificationRecipient)(-1) })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = Valid with { FromWhenUnassigned = null! })).Should().Throw<ArgumentNullException>();

        Valid.BatchSize.Should().Be(100);
        (Valid with { MaxCheckInterval = null, MaxConflictRetries = 0 }).MaxCheckInterval.Should().BeNull();
    }
}
