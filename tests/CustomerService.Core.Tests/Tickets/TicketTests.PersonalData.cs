using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    private static readonly string[] PersonalData = ["jane.doe@example.com", "+14155550123", "Jane Doe", "4155550123"];

    private static readonly string Pii = $"Jane Doe <jane.doe@example.com>, call +14155550123";

    [Fact]
    public void PersonalData_NeverAppearsInToStringOfTheTicketItsEventsOrItsMessages()
    {
        var texts = new List<string>();
        var ticket = Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.High, "Refund for " + Pii, T0);
        ticket.AddCustomerMessage("Hi, I am " + Pii, T0);
        ticket.AddAgentReply(Agent, "Dear Jane Doe, we will call +14155550123.", isPublic: true, At(1), handleTime: Duration.FromMinutes(3));
        ticket.AddAgentReply(Agent, "Customer jane.doe@example.com is a VIP.", isPublic: false, At(2));
        ticket.AddSystemMessage("Auto-reply to jane.doe@example.com", isPublic: true, At(3));
        ticket.SetCustomField("contact", CustomFieldValue.FromText(Pii), At(4));
        ticket.SetCustomField("contact", CustomFieldValue.FromText("+14155550123"), At(5));
        ticket.RemoveCustomField("contact", At(6));
        ticket.AssignTo(Agent, Billing, At(7));
        ticket.ChangePriority(Priority.Urgent, At(8));
        ticket.AddTags(["vip"], At(9));
        ticket.ChangeCategory("billing", At(10));
        ticket.AbsorbDuplicate(OtherTicket, At(11));
        ticket.Solve(At(12));
        ticket.MergeInto(Duplicates[1], At(13));

        texts.Add(ticket.ToString());
        texts.AddRange(ticket.History.Select(e => e.ToString()!));
        texts.AddRange(ticket.Interactions.Select(i => i.ToString()));
        texts.Add(CustomFieldValue.FromText(Pii).ToString());

        ShouldHoldNoPersonalData(texts);
        texts.Should().Contain(t => t.Contains("Body = [redacted, ", StringComparison.Ordinal));
        texts.Should().Contain(t => t.Contains("Subject = [redacted, ", StringComparison.Ordinal));
        EveryTicketEventType().Should().BeSubsetOf(ticket.History.Select(e => e.GetType()).Distinct(), "the scan must cover every kind of event");
    }

    [Fact]
    public void PersonalData_NeverAppearsInExceptionMessages()
    {
        var messages = new List<string>();
        void Capture(Action action)
        {
            var exception = action.Should().Throw<Exception>().Which;
            messages.Add(exception.Message);
            messages.Add(exception.ToString());
        }

        var closed = Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.Normal, "About " + Pii, T0);
        closed.Solve(At(1));
        closed.Close(At(2));
        var open = Ticket.Open(TicketId.New(), Customer, Channel.Email, Priority.Normal, "About " + Pii, T0);
        open.AddCustomerMessage(Pii, At(5));

        Capture(() => closed.AddCustomerMessage(Pii, At(3)));
        Capture(() => closed.AddAgentReply(Agent, Pii, isPublic: true, At(3)));
        Capture(() => closed.Reopen(At(3)));
        Capture(() => open.AddCustomerMessage(Pii, At(1)));
        Capture(() => open.Close(At(6)));
        Capture(() => open.AddTags(["jane.doe@example.com"], At(6)));
        Capture(() => open.AddTags(["+14155550123"], At(6)));
        Capture(() => open.AddTags(["Jane Doe"], At(6)));
        Capture(() => open.ChangeCategory("Jane Doe", At(6)));
        Capture(() => open.SetCustomField("Jane Doe", CustomFieldValue.FromText(Pii), At(6)));
        Capture(() => open.AddAgentReply(Agent, Pii, isPublic: true, At(6), handleTime: Duration.FromMinutes(-1)));
        Capture(() => open.AddAgentReply(default, Pii, isPublic: true, At(6)));
        Capture(() => CustomFieldValue.FromText(Pii).AsNumber());
        Capture(() => Ticket.Rehydrate(open.Id, [.. open.History.Reverse()]));
        Capture(() => Ticket.Rehydrate(open.Id, [.. open.History, .. closed.History]));
        var import = Ticket.Import(open.Id, [.. open.History, .. closed.History, open.History[0]]);
        messages.AddRange(import.Problems.Select(p => p.ToString()));
        Capture(() => _ = import.Value);

        messages.Should().HaveCountGreaterThan(30);
        ShouldHoldNoPersonalData(messages);
    }

    private static void ShouldHoldNoPersonalData(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var item in PersonalData)
            {
                text.Should().NotContainEquivalentOf(item);
            }
        }
    }

    private static IEnumerable<Type> EveryTicketEventType() =>
        typeof(Ticket).Assembly.GetExportedTypes().Where(t => typeof(ITicketEvent).IsAssignableFrom(t) && !t.IsInterface);
}
