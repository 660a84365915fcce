using System;
using CustomerService.Core.Escalations;
using CustomerService.Core.Kpis;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

public sealed partial class KpiAccumulatorTests
{
    private static TicketEscalations Escalated(Ticket ticket, params (EscalationKind Kind, bool Cancelled)[] escalations)
    {
        var set = TicketEscalations.None(ticket.Id);
        var minute = 10;
        foreach (var (kind, cancelled) in escalations)
        {
            var escalation = set.Raise(
                EscalationId.New(),
                kind,
                new EscalationLevel(1),
                EscalationTarget.Agent(Agent),
                kind == EscalationKind.Functional ? EscalationTarget.Group(Billing) : EscalationTarget.Manager,
                EscalationReason.Complexity,
                Agent,
                At(minute++));
            if (cancelled)
            {
                escalation.Cancel(At(minute++));
            }

            set = set.With(escalation);
        }

        return set;
    }

    [Fact]
    public void Add_WithEscalations_CountsTicketsEscalatedOnceEachByKind()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        var sideways = Opened();
        var both = Opened();
        var cancelled = Opened();
        var none = Opened();

        kpis.Add(sideways, null, null, Escalated(sideways, (EscalationKind.Functional, false)));
        kpis.Add(both, null, null, Escalated(both, (EscalationKind.Functional, false), (EscalationKind.Hierarchical, false)));
        kpis.Add(cancelled, null, null, Escalated(cancelled, (EscalationKind.Hierarchical, true)));
        kpis.Add(none, null, null, TicketEscalations.None(none.Id));
        kpis.Add(Opened());

        var figures = kpis.Result().Overall;
        figures.Escalations.Should().Be(new KpiRate(3, 5), "a cancelled escalation still escalated the ticket; a ticket counts once");
        figures.FunctionalEscalations.Should().Be(new KpiRate(2, 5));
        figures.HierarchicalEscalations.Should().Be(new KpiRate(2, 5));
    }

    [Fact]
    public void Add_AnotherTicketsEscalations_ThrowsAndAddsNothing()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        var ticket = Opened();
        var other = Opened();

        var act = () => kpis.Add(ticket, null, null, Escalated(other, (EscalationKind.Functional, false)));

        act.Should().Throw<ArgumentException>().WithParameterName("escalations");
        kpis.TicketCount.Should().Be(0);
        kpis.Result().Overall.TicketsCreated.Should().Be(0);
    }

    [Fact]
    public void Merge_EscalationRates_AddUp()
    {
        var left = new KpiAccumulator(KpiOptions.Default);
        var right = new KpiAccumulator(KpiOptions.Default);
        var a = Opened();
        var b = Opened();
        left.Add(a, null, null, Escalated(a, (EscalationKind.Hierarchical, false)));
        right.Add(b);

        left.Merge(right).Result().Overall.Escalations.Should().Be(new KpiRate(1, 2));
        left.Result().Overall.HierarchicalEscalations.Should().Be(new KpiRate(1, 2));
    }
}
