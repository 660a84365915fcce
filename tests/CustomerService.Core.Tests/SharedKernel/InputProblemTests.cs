using System;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class InputProblemTests
{
    [Fact]
    public void ToString_WithPathLineAndColumn_ShowsAllOfThem()
    {
        var problem = new InputProblem("calendar.unknown_time_zone", "The time zone is not known.", "$.calendars[0].timeZone", 3, 17);

        problem.ToString().Should().Be("$.calendars[0].timeZone (line 3, column 17): calendar.unknown_time_zone: The time zone is not known.");
    }

    [Fact]
    public void ToString_WithLineOnly_ShowsTheLine()
    {
        new InputProblem("ical.timed_event", "Has a time.", line: 12).ToString()
            .Should().Be("line 12: ical.timed_event: Has a time.");
    }

    [Fact]
    public void ToString_WithoutLocation_IsCodeAndMessage()
    {
        new InputProblem("json.too_large", "Too large.").ToString().Should().Be("json.too_large: Too large.");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new InputProblem("a.b", "m", "$", 1, 2).Should().Be(new InputProblem("a.b", "m", "$", 1, 2));
        new InputProblem("a.b", "m", "$", 1, 2).Should().NotBe(new InputProblem("a.b", "m", "$", 1, 3));
    }

    [Theory]
    [InlineData(" ", "message")]
    [InlineData("code", "")]
    public void Constructor_WithBlankCodeOrMessage_Throws(string code, string message)
    {
        var act = () => new InputProblem(code, message);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_WithEmptyPath_Throws()
    {
        var act = () => new InputProblem("a.b", "m", path: "");

        act.Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, 0)]
    [InlineData(-1, 1)]
    public void Constructor_WithLineOrColumnBelowOne_Throws(int line, int? column)
    {
        var act = () => new InputProblem("a.b", "m", line: line, column: column);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_WithColumnButNoLine_Throws()
    {
        var act = () => new InputProblem("a.b", "m", column: 4);

        act.Should().Throw<ArgumentException>().WithParameterName("column");
    }
}
