using System;
using System.Linq;
using CsCheck;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Customers;

public sealed class EmailAddressTests
{
    private static readonly string Local64 = new('a', 64);

    // The longest address: 64 + 1 + 189 = 254 characters, the domain made of labels of at most 63.
    private static readonly string Longest = $"{Local64}@{new string('b', 63)}.{new string('c', 63)}.{new string('d', 61)}";

    [Theory]
    [InlineData("jane.doe@example.com", "jane.doe@example.com")]
    [InlineData("  jane.doe@example.com\t", "jane.doe@example.com")]
    [InlineData("Jane.Doe@EXAMPLE.Com", "Jane.Doe@example.com")]
    [InlineData("a@b.co", "a@b.co")]
    [InlineData("o'brien+support@mail.example.org", "o'brien+support@mail.example.org")]
    [InlineData("!#$%&'*+-/=?^_`{|}~@example.com", "!#$%&'*+-/=?^_`{|}~@example.com")]
    [InlineData("user@xn--bcher-kva.example", "user@xn--bcher-kva.example")]
    [InlineData("user@sub-domain.example.co.uk", "user@sub-domain.example.co.uk")]
    [InlineData("user@123.example", "user@123.example")]
    [InlineData("user@example.c0m", "user@example.c0m")]
    public void TryCreate_WithAValidAddress_NormalisesTheDomainOnly(string text, string expected)
    {
        EmailAddress.TryCreate(text, out var email, out var error).Should().BeTrue();

        error.Should().BeNull();
        email!.Value.Should().Be(expected);
        EmailAddress.Create(text).Should().Be(email);
    }

    [Fact]
    public void TryCreate_AtTheLengthLimits_Accepts()
    {
        Longest.Length.Should().Be(EmailAddress.MaxLength);

        EmailAddress.TryCreate(Longest, out _).Should().BeTrue();
        EmailAddress.TryCreate($"{Local64}@example.com", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("", "email.empty")]
    [InlineData("   ", "email.empty")]
    [InlineData("jane.doe.example.com", "email.at_sign")]
    [InlineData("jane@doe@example.com", "email.at_sign")]
    [InlineData("@example.com", "email.local_part")]
    [InlineData(".jane@example.com", "email.local_part")]
    [InlineData("jane.@example.com", "email.local_part")]
    [InlineData("ja..ne@example.com", "email.local_part")]
    [InlineData("\"jane\"@example.com", "email.local_part")]
    [InlineData("jane doe@example.com", "email.local_part")]
    [InlineData("jané@example.com", "email.local_part")]
    [InlineData("jane(comment)@example.com", "email.local_part")]
    [InlineData("jane@", "email.domain")]
    [InlineData("jane@localhost", "email.domain")]
    [InlineData("jane@example..com", "email.domain")]
    [InlineData("jane@.example.com", "email.domain")]
    [InlineData("jane@example.com.", "email.domain")]
    [InlineData("jane@-example.com", "email.domain")]
    [InlineData("jane@example-.com", "email.domain")]
    [InlineData("jane@exa_mple.com", "email.domain")]
    [InlineData("jane@example.123", "email.domain")]
    [InlineData("jane@[192.168.0.1]", "email.domain")]
    [InlineData("jane@bücher.example", "email.domain")]
    [InlineData("jane@exam ple.com", "email.domain")]
    public void TryCreate_WithAnInvalidAddress_SaysWhy(string text, string code)
    {
        EmailAddress.TryCreate(text, out var email, out var error).Should().BeFalse();

        email.Should().BeNull();
        error!.Code.Should().Be(code);
        EmailAddress.TryCreate(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryCreate_BeyondTheLengthLimits_SaysWhy()
    {
        Code($"{Local64}a@example.com").Should().Be("email.local_part");
        Code($"jane@{new string('a', 64)}.com").Should().Be("email.domain");
        Code(Longest + "e").Should().Be("email.too_long");

        static string Code(string text)
        {
            EmailAddress.TryCreate(text, out _, out var error);
            return error!.Code;
        }
    }

    [Fact]
    public void TryCreate_Null_IsEmpty_Create_Null_IsAProgrammerError()
    {
        EmailAddress.TryCreate(null, out var email, out var error).Should().BeFalse();
        email.Should().BeNull();
        error.Should().Be(CustomerErrors.EmailEmpty);

        var act = () => EmailAddress.Create(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Create_WithAnInvalidAddress_ThrowsWithTheCodeButNotTheAddress()
    {
        var act = () => EmailAddress.Create("jane.doe@@example.com");

        var thrown = act.Should().Throw<ArgumentException>().WithParameterName("text").Which;
        thrown.Message.Should().Contain("email.at_sign").And.NotContain("jane").And.NotContain("example");
    }

    [Fact]
    public void Equality_IgnoresDomainCase_ButNotLocalPartCase()
    {
        EmailAddress.Create("jane@EXAMPLE.com").Should().Be(EmailAddress.Create("jane@example.com"));
        EmailAddress.Create("Jane@example.com").Should().NotBe(EmailAddress.Create("jane@example.com"));
    }

    [Fact]
    public void Email_ReachesTheEmailChannelOnly()
    {
        var email = EmailAddress.Create("jane@example.com");

        email.Channel.Should().Be(Channel.Email);
        email.Reaches(Channel.Email).Should().BeTrue();
        email.Reaches(Channel.Phone).Should().BeFalse();
        email.Reaches(Channel.Messaging).Should().BeFalse();
    }

    [Fact]
    public void ToString_ShowsTheKindButNotTheAddress()
    {
        EmailAddress.Create("jane.doe@example.com").ToString().Should().Be("EmailAddress { Channel = email, Value = [redacted] }");
    }

    [Fact]
    public void Create_OfAnyWellFormedAddress_KeepsTheLocalPart_LowersTheDomain_AndIsIdempotent()
    {
        var atext = Gen.Char["abcXYZ019!#$%&'*+-/=?^_`{|}~"];
        var atom = atext.Array[1, 8].Select(c => new string(c));
        var local = atom.Array[1, 4].Select(a => string.Join('.', a));
        var label = Gen.Char["abcDEF019-"].Array[1, 10]
            .Select(c => new string(c))
            .Where(l => l[0] != '-' && l[^1] != '-');
        var topLabel = Gen.Char["abcXYZ"].Array[2, 6].Select(c => new string(c));
        var domain = Gen.Select(label.Array[1, 3], topLabel, (labels, top) => string.Join('.', labels.Append(top)));

        Gen.Select(local, domain).Sample(
            (l, d) =>
            {
                var email = EmailAddress.Create($"{l}@{d}");
                return email.Value == $"{l}@{d.ToLowerInvariant()}" && EmailAddress.Create(email.Value) == email;
            },
            iter: MutationRun.Iter(2000));
    }
}
