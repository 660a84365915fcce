using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Surveys;

/// <summary>
/// What a customer wrote beside their score. Personal data: <see cref="ToString"/> shows only its
/// length; read <see cref="Value"/> where the host really needs it, and erase it with
/// <see cref="SurveyResponse.EraseComment"/>.
/// </summary>
/// <remarks>
/// A comment is 1 to <see cref="MaxLength"/> characters after trimming white space at both ends. Line
/// breaks and tabs are allowed; other control characters and broken surrogate pairs are not. The text
/// is otherwise kept as given (no Unicode normalisation). Two comments are equal when their text is
/// equal, ordinally.
/// </remarks>
public sealed record SurveyComment
{
    /// <summary>The longest comment, in UTF-16 code units.</summary>
    public const int MaxLength = 4000;

    private SurveyComment(string value) => Value = value;

    /// <summary>Gets the comment, trimmed. Personal data: keep it out of logs.</summary>
    public string Value { get; }

    /// <summary>Creates a comment from trusted input.</summary>
    /// <param name="text">The comment.</param>
    /// <returns>The comment, trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid comment; the message names the rule, never the text.</exception>
    public static SurveyComment Create(string text)
    {
        Guard.Against.Null(text);
        return TryCreate(text, out var comment, out var error) ? comment : throw FreeText.Invalid(error, nameof(text));
    }

    /// <summary>Tries to read a comment from untrusted input.</summary>
    /// <param name="text">The text.</param>
    /// <param name="comment">The comment, or <see langword="null"/> when the text is invalid.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid comment.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SurveyComment? comment) =>
        TryCreate(text, out comment, out _);

    /// <summary>Tries to read a comment from untrusted input, saying what is wrong with it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="comment">The comment, or <see langword="null"/> when the text is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise an error with the code <see cref="SurveyErrors.CommentEmpty"/>,
    /// <see cref="SurveyErrors.CommentTooLong"/> or <see cref="SurveyErrors.CommentInvalidCharacter"/>.
    /// </param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid comment.</returns>
    public static bool TryCreate(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out SurveyComment? comment,
        [NotNullWhen(false)] out DomainError? error)
    {
        var valid = FreeText.TryNormalize(
            text,
            MaxLength,
            FreeTextLayout.Paragraphs,
            (SurveyErrors.EmptyComment, SurveyErrors.TooLongComment, SurveyErrors.InvalidCharacterInComment),
            out var value,
            out error);
        comment = valid ? new SurveyComment(value!) : null;
        return valid;
    }

    /// <summary>Returns <c>SurveyComment { Value = [redacted, 42 chars] }</c>: never the comment itself.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"{nameof(SurveyComment)} {{ Value = {PersonalData.Redact(Value)} }}";
}
