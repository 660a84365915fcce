using System;
using CustomerService.Core.Surveys;

namespace CustomerService.Core.Tests.Surveys;

public sealed class SurveyCommentTests
{
    [Fact]
    public void Create_TrimsTheEnds_AndKeepsLineBreaksAndTabsInside()
    {
        var comment = SurveyComment.Create("  Quick answer.\r\nThanks!\tBye \n");

        comment.Value.Should().Be("Quick answer.\r\nThanks!\tBye");
    }

    [Theory]
    [InlineData(null, SurveyErrors.CommentEmpty)]
    [InlineData("", SurveyErrors.CommentEmpty)]
    [InlineData(" \r\n\t ", SurveyErrors.CommentEmpty)]
    [InlineData("Bell\u0007", SurveyErrors.CommentInvalidCharacter)]
    [InlineData("Null\0char", SurveyErrors.CommentInvalidCharacter)]
    public void TryCreate_OfInvalidText_SaysWhy(string? text, string code)
    {
        SurveyComment.TryCreate(text, out var comment, out var error).Should().BeFalse();
        comment.Should().BeNull();
        error!.Code.Should().Be(code);
        SurveyComment.TryCreate(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryCreate_OfABrokenSurrogatePair_IsInvalid()
    {
        var text = "Broken " + (char)0xD800 + " pair";

        SurveyComment.TryCreate(text, out _, out var error).Should().BeFalse();
        error!.Code.Should().Be(SurveyErrors.CommentInvalidCharacter);
        SurveyComment.TryCreate("Line\u2028separated\u2029paragraphs", out _).Should().BeTrue("Unicode line and paragraph separators are line breaks too");
    }

    [Fact]
    public void Length_IsLimitedTo4000CharactersAfterTrimming()
    {
        SurveyComment.TryCreate(new string('x', SurveyComment.MaxLength), out var longest).Should().BeTrue();
        longest!.Value.Should().HaveLength(4000);
        SurveyComment.TryCreate(" " + new string('x', SurveyComment.MaxLength) + " ", out _).Should().BeTrue();

        SurveyComment.TryCreate(new string('x', SurveyComment.MaxLength + 1), out _, out var error).Should().BeFalse();
        error!.Code.Should().Be(SurveyErrors.CommentTooLong);
    }

    [Fact]
    public void Create_OfInvalidText_ThrowsWithTheRuleButNotTheText()
    {
        FluentActions.Invoking(() => SurveyComment.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => SurveyComment.Create("Jane\u0007Doe")).Should().Throw<ArgumentException>().WithParameterName("text")
            .Which.Message.Should().Contain(SurveyErrors.CommentInvalidCharacter).And.NotContain("Jane");
    }

    [Fact]
    public void ToString_ShowsOnlyTheLength_AndEqualityIsOrdinal()
    {
        var comment = SurveyComment.Create("Jane Doe was great");

        comment.ToString().Should().Be("SurveyComment { Value = [redacted, 18 chars] }");
        comment.Should().Be(SurveyComment.Create(" Jane Doe was great "));
        comment.Should().NotBe(SurveyComment.Create("jane doe was great"));
    }
}
