using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

public sealed partial class CookbookTests
{
    [Fact]
    public void WhatIf_AnEarlierInstantACopyAndADraftPolicy_LeaveTheTicketAsItIs()
    {
        BusinessCalendar supportHours = Weekdays("support-ny", "America/New_York");
        SlaPolicySet policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard", version: 5)
                .WithTarget(SlaMetric.FirstReply, Priority.Urgent, Duration.FromHours(1))
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(4))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();
        var engine = new SlaEngine(policies, [supportHours]);
        Instant opened = Instant.FromUtc(2025, 6, 2, 13, 0);   // Monday 09:00 in New York
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Phone, Priority.High, "Cannot log in", opened);
        Instant now = opened + Duration.FromMinutes(90);

        // ---- snippet cookbook/what-if begins
        // Where did it stand an hour ago? Events after the instant are ignored.
        SlaTargetState anHourAgo = engine.Evaluate(ticket, now - Duration.FromHours(1)).Targets[0];   // Running, 30m of 4h

        // What if we made it urgent now? Change a copy: the ticket itself, and its events to publish, stay as they are.
        Ticket copy = Ticket.Rehydrate(ticket.Id, ticket.History);
        copy.ChangePriority(Priority.Urgent, now);
        SlaTargetState ifUrgent = engine.Evaluate(copy, now).Targets[0];
        // Breached at once: 1h30m used of the urgent 1h; DueAt 10:00 (when it was used up), BreachAt now (the change)

        // What would the draft of next version say? Another engine over the same history.
        var draft = new SlaEngine(SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard", version: 6)
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(2))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build(), [supportHours]);
        SlaTargetState underDraft = draft.Evaluate(ticket, now).Targets[0];   // standard v6: Running, due 11:00
        // ---- snippet cookbook/what-if ends

        anHourAgo.Stage.Should().Be(SlaStage.Running);
        anHourAgo.Elapsed.Should().Be(Duration.FromMinutes(30));
        ifUrgent.Stage.Should().Be(SlaStage.Breached);
        ifUrgent.Elapsed.Should().Be(Duration.FromMinutes(90));
        ifUrgent.Target.Duration.Should().Be(Duration.FromHours(1));
        ifUrgent.DueAt.Should().Be(opened + Duration.FromHours(1));
        ifUrgent.BreachAt.Should().Be(now);
        ticket.Priority.Should().Be(Priority.High);
        ticket.Version.Should().Be(1);
        ticket.DomainEvents.Should().ContainSingle();
        copy.DomainEvents.Should().ContainSingle();
        engine.Evaluate(ticket, now).Targets.Single().Stage.Should().Be(SlaStage.Running);
        underDraft.PolicyVersion.Should().Be(6);
        underDraft.Stage.Should().Be(SlaStage.Running);
        underDraft.DueAt.Should().Be(opened + Duration.FromHours(2));
    }
}
