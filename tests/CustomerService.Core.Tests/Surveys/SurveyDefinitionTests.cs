using System;
using System.ComponentModel;
using CustomerService.Core.Surveys;
using NodaTime;

namespace CustomerService.Core.Tests.Surveys;

public sealed class SurveyDefinitionTests
{
    [Fact]
    public void Defaults_AreTheDefaultScale_A28DayWindow_AndAnswersAfterTheTicketCloses()
    {
        var definition = new SurveyDefinition(SurveyScale.Csat7);

        definition.Scale.Should().BeSameAs(SurveyScale.Csat7);
        definition.Kind.Should().Be(SurveyKind.Csat);
        definition.ResponseWindow.Should().Be(Duration.FromHours(28 * 24));
        SurveyDefinition.DefaultResponseWindow.Should().Be(Duration.FromDays(28));
        definition.ClosesWithTicket.Should().BeFalse();
    }

    [Theory]
    [InlineData(SurveyKind.Csat, 1, 5)]
    [InlineData(SurveyKind.Nps, 0, 10)]
    [InlineData(SurveyKind.Ces, 1, 7)]
    public void DefaultFor_EachKind_UsesItsDefaultScale(SurveyKind kind, int min, int max)
    {
        var definition = SurveyDefinition.DefaultFor(kind);

        (definition.Kind, definition.Scale.Min, definition.Scale.Max).Should().Be((kind, min, max));
        definition.Should().Be(new SurveyDefinition(SurveyScale.DefaultFor(kind)));
    }

    [Fact]
    public void Options_AreKept()
    {
        var definition = new SurveyDefinition(SurveyScale.Nps, Duration.FromDays(7), closesWithTicket: true);

        definition.ResponseWindow.Should().Be(Duration.FromDays(7));
        definition.ClosesWithTicket.Should().BeTrue();
        definition.Should().NotBe(new SurveyDefinition(SurveyScale.Nps, Duration.FromDays(7)));
        definition.ToString().Should().Be("NPS 0-10, window 7:00:00:00, closes with ticket");
        SurveyDefinition.Csat.ToString().Should().Be("CSAT 1-5, window 28:00:00:00");
    }

    [Fact]
    public void Create_WithBadArguments_Throws()
    {
        FluentActions.Invoking(() => new SurveyDefinition(null!)).Should().Throw<ArgumentNullException>().WithParameterName("scale");
        FluentActions.Invoking(() => new SurveyDefinition(SurveyScale.Csat5, Duration.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseWindow");
        FluentActions.Invoking(() => new SurveyDefinition(SurveyScale.Csat5, Duration.FromTicks(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("responseWindow");
        FluentActions.Invoking(() => SurveyDefinition.DefaultFor(default)).Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
    }
}
