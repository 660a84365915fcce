using System;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.Customers;

public sealed class SocialHandleTests
{
    public static TheoryData<string, string, string> Valid => new()
    {
        { "social-media", "@janedoe", "@janedoe" },
        { "chat", "  jane_doe-42 ", "jane_doe-42" },
        { "messaging", "+14155550123", "+14155550123" },
        { "whatsapp", "JaneDoe", "JaneDoe" },
        { "mastodon", "@jane@mastodon.example", "@jane@mastodon.example" },
        { "social-media", "jane😀", "jane😀" },
        { "social-media", new string('h', SocialHandle.MaxLength), new string('h', SocialHandle.MaxLength) },
    };

    public static TheoryData<string, DomainError> Invalid => new()
    {
        { "", CustomerErrors.HandleEmpty },
        { "   ", CustomerErrors.HandleEmpty },
        { "jane doe", CustomerErrors.HandleInvalidCharacter },
        { "jane\tdoe", CustomerErrors.HandleInvalidCharacter },
        { "jane\u00a0doe", CustomerErrors.HandleInvalidCharacter },
        { "jane\u0000", CustomerErrors.HandleInvalidCharacter },
        { "jane\ud800", CustomerErrors.HandleInvalidCharacter },
        { new string('h', SocialHandle.MaxLength + 1), CustomerErrors.HandleTooLong },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryCreate_WithAValidHandle_KeepsItTrimmed(string channel, string handle, string expected)
    {
        SocialHandle.TryCreate(Channel.Custom(channel), handle, out var result, out var error).Should().BeTrue();

        error.Should().BeNull();
        result!.Value.Should().Be(expected);
        result.Channel.Should().Be(Channel.Custom(channel));
        SocialHandle.Create(Channel.Custom(channel), handle).Should().Be(result);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryCreate_WithAnInvalidHandle_SaysWhy(string text, DomainError expected)
    {
        SocialHandle.TryCreate(Channel.SocialMedia, text, out var result, out var error).Should().BeFalse();

        result.Should().BeNull();
        error.Should().Be(expected);
        SocialHandle.TryCreate(Channel.SocialMedia, text, out _).Should().BeFalse();
        var act = () => SocialHandle.Create(Channel.SocialMedia, text);
        act.Should().Throw<ArgumentException>().WithParameterName("handle").Which.Message.Should().Contain(expected.Code);
    }

    [Fact]
    public void TryCreate_OnEmailPhoneOrNoChannel_IsRefused()
    {
        foreach (var channel in new[] { Channel.Email, Channel.Phone, default })
        {
            SocialHandle.TryCreate(channel, "@janedoe", out _, out var error).Should().BeFalse();
            error.Should().Be(CustomerErrors.HandleChannel);
            var act = () => SocialHandle.Create(channel, "@janedoe");
            act.Should().Throw<ArgumentException>().WithParameterName("channel").Which.Message.Should().NotContain("janedoe");
        }
    }

    [Fact]
    public void TryCreate_Null_IsEmpty_Create_Null_IsAProgrammerError()
    {
        SocialHandle.TryCreate(Channel.Chat, null, out _, out var error).Should().BeFalse();
        error.Should().Be(CustomerErrors.HandleEmpty);

        var act = () => SocialHandle.Create(Channel.Chat, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("handle");
    }

    [Fact]
    public void Equality_IsByChannelAndExactHandle()
    {
        var handle = SocialHandle.Create(Channel.SocialMedia, "@janedoe");

        handle.Should().Be(SocialHandle.Create(Channel.SocialMedia, " @janedoe "));
        handle.Should().NotBe(SocialHandle.Create(Channel.Chat, "@janedoe"));
        handle.Should().NotBe(SocialHandle.Create(Channel.SocialMedia, "@JaneDoe"));
        handle.Should().NotBe(SocialHandle.Create(Channel.SocialMedia, "janedoe"));
    }

    [Fact]
    public void Handle_ReachesItsOwnChannelOnly_AndToStringHidesIt()
    {
        var handle = SocialHandle.Create(Channel.Custom("whatsapp"), "@janedoe");

        handle.Reaches(Channel.Custom("whatsapp")).Should().BeTrue();
        handle.Reaches(Channel.Messaging).Should().BeFalse();
        handle.Reaches(Channel.SocialMedia).Should().BeFalse();
        handle.ToString().Should().Be("SocialHandle { Channel = whatsapp, Value = [redacted] }");
    }

    [Fact]
    public void ContactPoints_OfDifferentKindsWithTheSameText_AreNotEqual()
    {
        ContactPoint handle = SocialHandle.Create(Channel.Messaging, "+14155550123");
        ContactPoint phone = PhoneNumber.Create("+14155550123");

        handle.Should().NotBe(phone);
        handle.Value.Should().Be(phone.Value);
    }
}
