using System;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class DomainErrorTests
{
    [Fact]
    public void DomainError_HasValueEqualityAndReadableText()
    {
        var error = new DomainError("ticket.closed", "A closed ticket cannot change.");

        error.Should().Be(new DomainError("ticket.closed", "A closed ticket cannot change."));
        error.ToString().Should().Be("ticket.closed: A closed ticket cannot change.");
    }

    [Theory]
    [InlineData("", "message")]
    [InlineData("  ", "message")]
    [InlineData("code", "")]
    public void DomainError_WithBlankParts_IsAProgrammerError(string code, string message)
    {
        var act = () => new DomainError(code, message);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DomainError_WithNullCode_ThrowsArgumentNull()
    {
        var act = () => new DomainError(null!, "message");

        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void Exception_CarriesTheErrorAndItsCode()
    {
        var error = new DomainError("survey.score_off_scale", "The score is not on the survey's scale.");

        var exception = new DomainRuleViolationException(error);

        exception.Error.Should().BeSameAs(error);
        exception.Code.Should().Be("survey.score_off_scale");
        exception.Message.Should().Be("survey.score_off_scale: The score is not on the survey's scale.");
    }

    [Fact]
    public void Exception_WithNullError_ThrowsArgumentNull()
    {
        var act = () => new DomainRuleViolationException(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
