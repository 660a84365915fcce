using System;
using System.Linq;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class ParseResultTests
{
    private static readonly InputProblem First = new("json.syntax", "Bad.", "$", 1, 1);
    private static readonly InputProblem Second = new("json.wrong_type", "Worse.", "$.a", 2, 3);

    [Fact]
    public void Success_HasTheValueAndNoProblems()
    {
        var result = ParseResult<string>.Success("value");

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be("value");
        result.Problems.Should().BeEmpty();
        result.TryGetValue(out string? value).Should().BeTrue();
        value.Should().Be("value");
        result.ToString().Should().Be("Success");
    }

    [Fact]
    public void Failure_HasEveryProblemAndNoValue()
    {
        var result = ParseResult<string>.Failure([First, Second]);

        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().Equal(First, Second);
        result.TryGetValue(out string? value).Should().BeFalse();
        value.Should().BeNull();
        result.ToString().Should().Be("Failure (2 problem(s)); first: $ (line 1, column 1): json.syntax: Bad.");
    }

    [Fact]
    public void Value_OfAFailure_ThrowsWithTheFirstProblem()
    {
        var result = ParseResult<string>.Failure([First, Second]);

        var act = () => result.Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("*2 problem(s)*json.syntax*");
    }

    [Fact]
    public void Failure_KeepsItsOwnCopyOfTheProblems()
    {
        var problems = new System.Collections.Generic.List<InputProblem> { First };
        var result = ParseResult<string>.Failure(problems);

        problems.Add(Second);

        result.Problems.Should().Equal(First);
    }

    [Fact]
    public void Failure_WithNoProblems_IsAProgrammerError()
    {
        var act = () => ParseResult<string>.Failure([]);

        act.Should().Throw<ArgumentException>().WithParameterName("problems");
    }

    [Fact]
    public void Failure_WithANullProblem_IsAProgrammerError()
    {
        var act = () => ParseResult<string>.Failure([First, null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("problems");
    }

    [Fact]
    public void Success_WithNull_IsAProgrammerError()
    {
        var act = () => ParseResult<string>.Success(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Collector_SortsProblemsByLineThenColumn_KeepingUnlocatedLast()
    {
        var collector = new InputProblemCollector();
        collector.Add("c.late", "m", line: 5, column: 1);
        collector.Add("c.none", "m");
        collector.Add("c.early", "m", line: 2, column: 9);
        collector.Add("c.earlier", "m", line: 2, column: 3);

        var result = collector.ToResult(() => "unused");

        result.Problems.Select(p => p.Code).Should().Equal("c.earlier", "c.early", "c.late", "c.none");
    }

    [Fact]
    public void Collector_WithoutProblems_BuildsTheValue()
    {
        new InputProblemCollector().ToResult(() => 42).Value.Should().Be(42);
    }

    [Fact]
    public void Collector_BeyondTheLimit_ListsOneTooManyProblemsLastAndKeepsCounting()
    {
        var collector = new InputProblemCollector();
        for (int i = 0; i < InputProblemCollector.MaxListed + 5; i++)
        {
            collector.Add("c.bad", "m", line: InputProblemCollector.MaxListed + 5 - i);
        }

        var problems = collector.Failure<int>().Problems;

        collector.Count.Should().Be(InputProblemCollector.MaxListed + 5);
        problems.Should().HaveCount(InputProblemCollector.MaxListed + 1);
        problems[^1].Should().Be(new InputProblem(InputProblemCodes.TooManyProblems, "The input has more than 1000 problems; the others are not listed."));
        problems[0].Line.Should().Be(6);
    }
}
