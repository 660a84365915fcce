using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Surveys.Events;
using CustomerService.Core.Testing.Contracts;
using CustomerService.Core.Tickets.Events;

namespace CustomerService.Core.Testing.Tests.Contracts;

/// <summary>The aggregates the contract stores must use every field and every kind of event, or a repository could drop one unnoticed.</summary>
public sealed class ContractSamplesTests
{
    [Fact]
    public void TicketSamples_HoldEveryKindOfTicketEvent() =>
        EventTypes(TicketRepositoryClauses.Port.Samples().SelectMany(s => s.Build().History)).Should().BeEquivalentTo(EveryEventType<ITicketEvent>());

    [Fact]
    public void EscalationSamples_HoldEveryKindOfEscalationEvent() =>
        EventTypes(EscalationRepositoryClauses.Port.Samples().SelectMany(s => s.Build().History)).Should().BeEquivalentTo(EveryEventType<IEscalationEvent>());

    [Fact]
    public void SurveyResponseSamples_HoldEveryKindOfSurveyEvent() =>
        EventTypes(SurveyResponseRepositoryClauses.Port.Samples().SelectMany(s => s.Build().History)).Should().BeEquivalentTo(EveryEventType<ISurveyResponseEvent>());

    [Fact]
    public void CustomerSamples_SetEveryField_AndOneIsErased()
    {
        var snapshots = CustomerRepositoryClauses.Port.Samples().Select(s => s.Build().ToSnapshot()).ToList();
        var full = snapshots[0];

        var unset = typeof(CustomerSnapshot).GetProperties()
            .Where(p => p.Name is not (nameof(CustomerSnapshot.ErasedAt) or nameof(CustomerSnapshot.IsErased)))
            .Where(p => p.GetValue(full) is null || Equals(p.GetValue(full), p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null))
            .Select(p => p.Name);
        unset.Should().BeEmpty("the first sample sets every field");
        full.ContactPoints.Select(c => c.GetType()).Should().OnlyHaveUniqueItems().And.HaveCount(3, "one contact point of each kind");
        full.SurveyConsent.Status.Should().NotBe(full.MarketingConsent.Status);
        snapshots.Should().ContainSingle(s => s.IsErased);
    }

    [Fact]
    public void Samples_AreBuiltTheSameEveryTime_WithNewIdsForEachClause()
    {
        var samples = TicketRepositoryClauses.Port.Samples();
        var again = TicketRepositoryClauses.Port.Samples();

        foreach (var sample in samples)
        {
            sample.Build().History.Should().Equal(sample.Build().History);
        }

        samples.Select(s => s.Create().Id).Should().NotIntersectWith(again.Select(s => s.Create().Id));
    }

    private static HashSet<Type> EventTypes(IEnumerable<IDomainEvent> events) => [.. events.Select(e => e.GetType())];

    private static IEnumerable<Type> EveryEventType<TEvent>() =>
        typeof(TEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TEvent).IsAssignableFrom(t));
}
