using System;
using System.ComponentModel;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Tests.Surveys.SurveyFixtures;

namespace CustomerService.Core.Tests.Surveys;

public sealed class SurveyResponseKeyTests
{
    [Fact]
    public void Keys_AreEqual_WhenTicketKindAndCycleAre()
    {
        var key = new SurveyResponseKey(SurveyedTicket, SurveyKind.Csat, 1);

        key.Should().Be(new SurveyResponseKey(SurveyedTicket, SurveyKind.Csat, 1));
        key.Should().NotBe(new SurveyResponseKey(SurveyedTicket, SurveyKind.Nps, 1));
        key.Should().NotBe(new SurveyResponseKey(SurveyedTicket, SurveyKind.Csat, 2));
        key.Should().NotBe(new SurveyResponseKey(TicketId.New(), SurveyKind.Csat, 1));
        key.ToString().Should().Be("a8098c1a-f86e-11da-bd1a-00112444be1e/Csat/1");
    }

    [Fact]
    public void Create_WithBadArguments_Throws()
    {
        FluentActions.Invoking(() => new SurveyResponseKey(default, SurveyKind.Csat, 1)).Should().Throw<ArgumentException>().WithParameterName("ticketId");
        FluentActions.Invoking(() => new SurveyResponseKey(SurveyedTicket, default, 1)).Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
        FluentActions.Invoking(() => new SurveyResponseKey(SurveyedTicket, SurveyKind.Csat, -1)).Should().Throw<ArgumentException>().WithParameterName("cycle");
    }

    [Fact]
    public void Key_OfAResponse_IsItsTicketKindAndCycle_AndNoneWithoutATicket()
    {
        Sent(SurveyDefinition.Nps).Key.Should().Be(new SurveyResponseKey(SurveyedTicket, SurveyKind.Nps, 1));
        SurveyResponse.Send(ResponseId, SurveyDefinition.Nps, Customer, null, 0, null, T0).Key.Should().BeNull();
    }
}
