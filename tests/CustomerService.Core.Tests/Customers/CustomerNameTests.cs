using System;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.Customers;

public sealed class CustomerNameTests
{
    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("  Jane Doe \t", "Jane Doe")]
    [InlineData("José Núñez", "José Núñez")]
    [InlineData("李小龍", "李小龍")]
    [InlineData("Siobhán O'Brien-Smith", "Siobhán O'Brien-Smith")]
    [InlineData("Ma  Long", "Ma  Long")]
    [InlineData("Jane 👩‍💻", "Jane 👩‍💻")]
    public void TryCreate_WithAName_KeepsItTrimmed(string text, string expected)
    {
        CustomerName.TryCreate(text, out var name, out var error).Should().BeTrue();

        error.Should().BeNull();
        name!.Value.Should().Be(expected);
        CustomerName.Create(text).Should().Be(name);
    }

    public static TheoryData<string?, DomainError> Invalid => new()
    {
        { null, CustomerErrors.NameEmpty },
        { "", CustomerErrors.NameEmpty },
        { " \t ", CustomerErrors.NameEmpty },
        { "Jane\nDoe", CustomerErrors.NameInvalidCharacter },
        { "Jane\tDoe", CustomerErrors.NameInvalidCharacter },
        { "Jane\u2028Doe", CustomerErrors.NameInvalidCharacter },
        { "Jane\u0007", CustomerErrors.NameInvalidCharacter },
        { "Jane \udc00", CustomerErrors.NameInvalidCharacter },
        { new string('n', CustomerName.MaxLength + 1), CustomerErrors.NameTooLong },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryCreate_WithAnInvalidName_SaysWhy(string? text, DomainError expected)
    {
        CustomerName.TryCreate(text, out var name, out var error).Should().BeFalse();

        name.Should().BeNull();
        error.Should().Be(expected);
        CustomerName.TryCreate(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryCreate_AtTheLengthLimit_Accepts()
    {
        CustomerName.TryCreate(new string('n', CustomerName.MaxLength), out _).Should().BeTrue();
    }

    [Fact]
    public void Create_WithAnInvalidName_ThrowsWithTheCodeButNotTheName()
    {
        var act = () => CustomerName.Create("Jane\nDoe");

        var thrown = act.Should().Throw<ArgumentException>().WithParameterName("text").Which;
        thrown.Message.Should().Contain("name.invalid_character").And.NotContain("Jane").And.NotContain("Doe");
        var actNull = () => CustomerName.Create(null!);
        actNull.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToString_HidesTheName_EqualityUsesIt()
    {
        var name = CustomerName.Create("Jane Doe");

        name.ToString().Should().Be("CustomerName { Value = [redacted] }");
        name.Should().Be(CustomerName.Create(" Jane Doe "));
        name.Should().NotBe(CustomerName.Create("jane doe"));
    }
}
