using CustomerService.Cli.KpiReports;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.Tests.KpiReports;

public sealed class SurveyedTicketsTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 7, 21, 0);

    [Fact]
    public void Find_GivesTheValuesNotedForAnExpectedTicket()
    {
        var group = GroupId.New();
        var first = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Chat, Priority.Urgent, "-", At);
        first.AssignToGroup(group, At);
        var second = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Custom("whatsapp"), Priority.Low, "-", At);
        var tickets = new SurveyedTickets();
        tickets.Expect(first.Id);
        tickets.Expect(second.Id);
        tickets.Close();

        tickets.Note(first, CustomerTier.Create("gold"));
        tickets.Note(second, null);

        tickets.Find(first.Id).Should().Be((group, Channel.Chat, Priority.Urgent, CustomerTier.Create("gold")));
        tickets.Find(second.Id).Should().Be(((GroupId?)null, Channel.Custom("whatsapp"), Priority.Low, (CustomerTier?)null));
    }

    [Fact]
    public void Find_ATicketNotExpected_NotRead_OrNone_GivesNoValues()
    {
        var unexpected = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "-", At);
        var unread = TicketId.New();
        var tickets = new SurveyedTickets();
        tickets.Expect(unread);
        tickets.Note(unexpected, CustomerTier.Standard);

        tickets.Find(unexpected.Id).Should().Be(default((GroupId?, Channel?, Priority?, CustomerTier?)));
        tickets.Find(unread).Should().Be(default((GroupId?, Channel?, Priority?, CustomerTier?)));
        tickets.Find(null).Should().Be(default((GroupId?, Channel?, Priority?, CustomerTier?)));
    }
}
