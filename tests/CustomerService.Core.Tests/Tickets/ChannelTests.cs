using System;
using System.Linq;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.Tickets;

public sealed class ChannelTests
{
    [Fact]
    public void WellKnownChannels_HaveStableNames()
    {
        new[] { Channel.Email, Channel.Phone, Channel.Chat, Channel.SocialMedia, Channel.Web, Channel.Messaging, Channel.Api }
            .Select(c => c.Name)
            .Should().Equal("email", "phone", "chat", "social-media", "web", "messaging", "api");
        Channel.Email.IsWellKnown.Should().BeTrue();
    }

    [Fact]
    public void Custom_WithAWellKnownName_IsThatChannel()
    {
        Channel.Custom("email").Should().Be(Channel.Email);
        Channel.Custom("whatsapp").IsWellKnown.Should().BeFalse();
        Channel.Custom("whatsapp").ToString().Should().Be("whatsapp");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Email")]
    [InlineData("1line")]
    [InlineData("e mail")]
    [InlineData("émail")]
    public void Custom_WithAnInvalidName_IsAProgrammerError_TryCreate_IsFalse(string name)
    {
        var act = () => Channel.Custom(name);

        act.Should().Throw<ArgumentException>();
        Channel.TryCreate(name, out var channel).Should().BeFalse();
        channel.Should().Be(default(Channel));
    }

    [Fact]
    public void Custom_LongerThan64Characters_IsRejected()
    {
        Channel.TryCreate(new string('a', 64), out _).Should().BeTrue();
        Channel.TryCreate(new string('a', 65), out _).Should().BeFalse();
        Channel.TryCreate(null, out _).Should().BeFalse();
    }
}
