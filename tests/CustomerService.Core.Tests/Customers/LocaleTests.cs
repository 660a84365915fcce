using System;
using System.Linq;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Tests.Customers;

public sealed class LocaleTests
{
    // Examples from RFC 5646 §2.1.1 and its Appendix A, with their canonical case.
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en-US")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("MN-cYRL-mn", "mn-Cyrl-MN")]
    [InlineData("es-419", "es-419")]
    [InlineData("sr-Latn-RS", "sr-Latn-RS")]
    [InlineData("de-CH-1901", "de-CH-1901")]
    [InlineData("sl-rozaj-biske", "sl-rozaj-biske")]
    [InlineData("hy-Latn-IT-arevela", "hy-Latn-IT-arevela")]
    [InlineData("zh-yue-HK", "zh-yue-HK")]
    [InlineData("zh-min-nan", "zh-min-nan")]
    [InlineData("ast", "ast")]
    [InlineData("de-DE-u-co-phonebk", "de-DE-u-co-phonebk")]
    [InlineData("en-US-u-islamcal", "en-US-u-islamcal")]
    [InlineData("en-a-bbb-x-a-ccc", "en-a-bbb-x-a-ccc")]
    [InlineData("EN-CA-X-CA", "en-CA-x-ca")]
    [InlineData("az-Latn-x-Latn", "az-Latn-x-latn")]
    [InlineData("qaa-Qaaa-QM-x-southern", "qaa-Qaaa-QM-x-southern")]
    [InlineData("x-whatever", "x-whatever")]
    [InlineData("de-1996-x-1", "de-1996-x-1")]
    public void Create_WithAWellFormedTag_StoresItInCanonicalCase(string tag, string expected)
    {
        Locale.Create(tag).Tag.Should().Be(expected);
        Locale.TryCreate(tag, out var locale).Should().BeTrue();
        locale.Should().Be(Locale.Create(expected));
        locale.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData("123")]
    [InlineData("english1")]
    [InlineData("toolongxx")]
    [InlineData("en-US-GB")]
    [InlineData("en-Latn-Cyrl")]
    [InlineData("en-a")]
    [InlineData("en-a-b")]
    [InlineData("en-u-ca-u-nu")]
    [InlineData("de-1901-1901")]
    [InlineData("x")]
    [InlineData("en-x")]
    [InlineData("i-klingon")]
    [InlineData("en-GB-oed")]
    [InlineData("zh-aaa-bbb-ccc-ddd")]
    [InlineData("abcd-aaa")]
    [InlineData("én")]
    [InlineData("en US")]
    public void Create_WithAMalformedTag_IsAProgrammerError_TryCreate_IsFalse(string text)
    {
        var act = () => Locale.Create(text);

        act.Should().Throw<ArgumentException>().WithParameterName("tag").Which.Message.Should().Contain(CustomerErrors.InvalidLocale.Code);
        Locale.TryCreate(text, out var locale).Should().BeFalse();
        locale.Should().Be(default(Locale));
    }

    [Fact]
    public void Length_IsBoundedAt255()
    {
        var prefix = "en-x-" + string.Join('-', Enumerable.Repeat("abcdefgh", 27));
        var longest = prefix + "-abcdefg";
        var tooLong = prefix + "-abc-abcd";
        longest.Length.Should().Be(255);
        tooLong.Length.Should().Be(256);

        Locale.TryCreate(longest, out _).Should().BeTrue();
        Locale.TryCreate(tooLong, out _).Should().BeFalse();
        Locale.TryCreate(null, out _).Should().BeFalse();
        var act = () => Locale.Create(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
