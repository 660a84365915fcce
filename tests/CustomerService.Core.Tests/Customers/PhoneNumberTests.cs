using System;
using CsCheck;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Customers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+14155550123", "+14155550123")]
    [InlineData("+1 415 555 0123", "+14155550123")]
    [InlineData("+1 (415) 555-0123", "+14155550123")]
    [InlineData("  +1-415-555-0123 ", "+14155550123")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+49.30.1234567", "+49301234567")]
    [InlineData("+33 (1) 23 45 67 89", "+33123456789")]
    [InlineData("+12", "+12")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void TryCreate_WithAnInternationalNumber_NormalisesToE164(string text, string expected)
    {
        PhoneNumber.TryCreate(text, out var phone, out var error).Should().BeTrue();

        error.Should().BeNull();
        phone!.Value.Should().Be(expected);
        PhoneNumber.Create(text).Should().Be(phone);
    }

    [Theory]
    [InlineData("", "phone.empty")]
    [InlineData("  ", "phone.empty")]
    [InlineData("4155550123", "phone.missing_plus")]
    [InlineData("(415) 555-0123", "phone.missing_plus")]
    [InlineData("0044 20 7946 0958", "phone.missing_plus")]
    [InlineData("++14155550123", "phone.invalid_character")]
    [InlineData("+1 415 555 0123 x12", "phone.invalid_character")]
    [InlineData("+1 415 555 0123 ext. 12", "phone.invalid_character")]
    [InlineData("+1-800-FLOWERS", "phone.invalid_character")]
    [InlineData("+1/415/5550123", "phone.invalid_character")]
    [InlineData("+1 (415 555 0123", "phone.invalid_character")]
    [InlineData("+1 415) 555 0123", "phone.invalid_character")]
    [InlineData("+1 ((415)) 555 0123", "phone.invalid_character")]
    [InlineData("+1 () 415 555 0123", "phone.invalid_character")]
    [InlineData("+١٤١٥٥٥٥٠١٢٣", "phone.invalid_character")]
    [InlineData("+44 (0)20 7946 0958", "phone.trunk_prefix")]
    [InlineData("+", "phone.length")]
    [InlineData("+1", "phone.length")]
    [InlineData("+ - ", "phone.length")]
    [InlineData("+1234567890123456", "phone.length")]
    [InlineData("+0123456789", "phone.leading_zero")]
    public void TryCreate_WithAnInvalidNumber_SaysWhy(string text, string code)
    {
        PhoneNumber.TryCreate(text, out var phone, out var error).Should().BeFalse();

        phone.Should().BeNull();
        error!.Code.Should().Be(code);
        PhoneNumber.TryCreate(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryCreate_Null_IsEmpty_Create_Null_IsAProgrammerError()
    {
        PhoneNumber.TryCreate(null, out _, out var error).Should().BeFalse();
        error.Should().Be(CustomerErrors.PhoneEmpty);

        var act = () => PhoneNumber.Create(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Create_WithAnInvalidNumber_ThrowsWithTheCodeButNotTheNumber()
    {
        var act = () => PhoneNumber.Create("+1 415 555 0123 ext 9");

        var thrown = act.Should().Throw<ArgumentException>().WithParameterName("text").Which;
        thrown.Message.Should().Contain("phone.invalid_character").And.NotContain("415").And.NotContain("0123");
    }

    [Fact]
    public void Phone_ReachesPhoneAndTextMessaging()
    {
        var phone = PhoneNumber.Create("+14155550123");

        phone.Channel.Should().Be(Channel.Phone);
        phone.Reaches(Channel.Phone).Should().BeTrue();
        phone.Reaches(Channel.Messaging).Should().BeTrue();
        phone.Reaches(Channel.Email).Should().BeFalse();
        phone.Reaches(Channel.Custom("whatsapp")).Should().BeFalse();
    }

    [Fact]
    public void ToString_ShowsTheKindButNotTheNumber()
    {
        PhoneNumber.Create("+14155550123").ToString().Should().Be("PhoneNumber { Channel = phone, Value = [redacted] }");
    }

    [Fact]
    public void Create_OfAnyE164NumberWrittenWithSeparators_RoundTripsToTheSameE164()
    {
        var digits = Gen.Select(Gen.Char['1', '9'], Gen.Char['0', '9'].Array[1, 14], (first, rest) => first + new string(rest));
        var separator = Gen.OneOfConst("", "", " ", "-", ".", " - ");

        Gen.Select(digits, separator.Array[15]).Sample(
            (number, separators) =>
            {
                var written = "+";
                for (var i = 0; i < number.Length; i++)
                {
                    written += number[i] + separators[i];
                }

                var phone = PhoneNumber.Create(written);
                return phone.Value == "+" + number && PhoneNumber.Create(phone.Value) == phone;
            },
            iter: MutationRun.Iter(2000));
    }
}
