using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;
using static CustomerService.Core.Tests.Escalations.EscalationFixtures;

namespace CustomerService.Core.Tests.Escalations;

/// <summary>
/// No note in anything a host might log: <c>ToString()</c> of escalations, notes and every kind of event, and the
/// messages of every exception the escalation code throws.
/// </summary>
public sealed class EscalationPersonalDataTests
{
    private const string Pii = "Jane Doe <jane.doe@example.com>, call +14155550123";

    private static readonly string[] Needles = ["Jane", "jane.doe@example.com", "+14155550123", "4155550123", "example.com"];

    private static readonly EscalationNote Note = EscalationNote.Create("Customer " + Pii + " wants a refund");

    [Fact]
    public void ToString_OfEscalationsNotesAndEvents_HasNoNote()
    {
        var texts = new List<string> { Note.ToString() };
        var events = new List<IEscalationEvent>();
        foreach (var close in new Action<Escalation>[] { e => e.Resolve(At(3), Note), e => e.Return(Note, At(3)), e => e.Cancel(At(3), Note) })
        {
            var escalation = TicketEscalations.None(TheTicket).Raise(
                EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Complaint, Raiser, T0, Note);
            escalation.Acknowledge(Lead, At(1));
            close(escalation);
            texts.Add(escalation.ToString());
            events.AddRange(escalation.History);
        }

        var planned = TicketEscalations.None(TheTicket).RaiseFor(EscalationId.New(), Step(1, notification: new EscalationNotification("sla-risk")), EscalationTarget.Assignee);
        planned.Absorb(Step(1, cycle: 2), At(1));
        planned.RecordNotificationSent(planned.StepKeys[0], At(2));
        events.AddRange(planned.History);
        texts.AddRange(events.Select(e => e.ToString()!));

        var everyEventType = typeof(IEscalationEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IEscalationEvent).IsAssignableFrom(t));
        events.Select(e => e.GetType()).Distinct().Should().BeEquivalentTo(everyEventType, "the scan covers every kind of event");
        texts.Should().Contain(t => t.Contains("[redacted, ", StringComparison.Ordinal), "notes are shown as redacted");
        PersonalDataScan.ShouldHoldNone(texts, Needles);
    }

    [Fact]
    public void Messages_OfEveryExceptionTheEscalationCodeThrows_HaveNoNote()
    {
        var escalation = TicketEscalations.None(TheTicket).Raise(
            EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Complaint, Raiser, At(10), Note);
        var escalations = TicketEscalations.Of(TheTicket, [escalation]);
        Action[] actions =
        [
            () => escalation.Resolve(At(11), Note),
            () => escalation.Return(Note, At(9)),
            () => escalation.Cancel(Instant.MaxValue, Note),
            () => escalations.Raise(EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Complaint, Raiser, At(12), Note),
            () => EscalationNote.Create(Pii + "\u0007"),
            () => EscalationNote.Create(Pii + new string('x', EscalationNote.MaxLength)),
            () => EscalationTarget.Role(Pii),
            () => _ = new EscalationNotification(Pii),
            () => Escalation.Rehydrate(escalation.Id, [.. escalation.History, new EscalationReturned(escalation.Id, Note, At(5))]),
            () => Escalation.Rehydrate(escalation.Id, [.. escalation.History, .. escalation.History]),
        ];

        var messages = actions.Select(PersonalDataScan.ThrownText).ToList();

        messages.Should().HaveCount(actions.Length);
        PersonalDataScan.ShouldHoldNone(messages, Needles);
    }
}
