using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Escalations;

/// <summary>
/// What an agent wrote when raising, returning, resolving or cancelling an escalation. Personal data (agents quote
/// customers): <see cref="ToString"/> shows only its length; read <see cref="Value"/> where the host really needs it.
/// </summary>
/// <remarks>
/// A note is 1 to <see cref="MaxLength"/> characters after trimming white space at both ends; line breaks and tabs are
/// allowed, other control characters and broken surrogate pairs are not (the rules of a survey comment). Two notes are
/// equal when their text is equal, ordinally.
/// </remarks>
public sealed record EscalationNote
{
    /// <summary>The longest note, in UTF-16 code units.</summary>
    public const int MaxLength = 4000;

    private EscalationNote(string value) => Value = value;

    /// <summary>Gets the note, trimmed. Personal data: keep it out of logs.</summary>
    public string Value { get; }

    /// <summary>Creates a note from trusted input.</summary>
    /// <param name="text">The note.</param>
    /// <returns>The note, trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid note; the message names the rule, never the text.</exception>
    public static EscalationNote Create(string text)
    {
        Guard.Against.Null(text);
        return TryCreate(text, out var note, out var error) ? note : throw FreeText.Invalid(error, nameof(text));
    }

    /// <summary>Tries to read a note from untrusted input, saying what is wrong with it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="note">The note, or <see langword="null"/> when the text is invalid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise an error with the code <see cref="EscalationErrors.NoteEmpty"/>,
    /// <see cref="EscalationErrors.NoteTooLong"/> or <see cref="EscalationErrors.NoteInvalidCharacter"/>.
    /// </param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid note.</returns>
    public static bool TryCreate(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out EscalationNote? note,
        [NotNullWhen(false)] out DomainError? error)
    {
        var valid = FreeText.TryNormalize(
            text,
            MaxLength,
            FreeTextLayout.Paragraphs,
            (EscalationErrors.EmptyNote, EscalationErrors.TooLongNote, EscalationErrors.InvalidCharacterInNote),
            out var value,
            out error);
        note = valid ? new EscalationNote(value!) : null;
        return valid;
    }

    /// <summary>Returns <c>EscalationNote { Value = [redacted, 42 chars] }</c>: never the note itself.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"{nameof(EscalationNote)} {{ Value = {PersonalData.Redact(Value)} }}";
}
