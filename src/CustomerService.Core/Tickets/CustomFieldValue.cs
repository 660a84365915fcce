using System;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Tickets;

/// <summary>
/// The value of a ticket's custom field: text, a number, a yes/no value or a date. Two values are
/// equal when they have the same kind and the same value.
/// </summary>
/// <remarks>
/// Text may hold personal data (an order note, a phone number), so <see cref="ToString"/> shows only
/// its length; read it with <see cref="AsText"/>. Numbers, booleans and dates are shown as they are.
/// </remarks>
public sealed record CustomFieldValue
{
    private readonly string? _text;
    private readonly decimal _number;
    private readonly bool _boolean;
    private readonly LocalDate _date;

    private CustomFieldValue(CustomFieldKind kind, string? text = null, decimal number = 0, bool boolean = false, LocalDate date = default)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _boolean = boolean;
        _date = date;
    }

    /// <summary>Gets the kind of value.</summary>
    public CustomFieldKind Kind { get; }

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The text; may be empty, not <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static CustomFieldValue FromText(string value) => new(CustomFieldKind.Text, text: Guard.Against.Null(value));

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromNumber(decimal value) => new(CustomFieldKind.Number, number: value);

    /// <summary>Creates a yes/no value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromBoolean(bool value) => new(CustomFieldKind.Boolean, boolean: value);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDate(LocalDate value) => new(CustomFieldKind.Date, date: value);

    /// <summary>Returns the text of a <see cref="CustomFieldKind.Text"/> value.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public string AsText() => Kind == CustomFieldKind.Text ? _text! : throw WrongKind(CustomFieldKind.Text);

    /// <summary>Returns the number of a <see cref="CustomFieldKind.Number"/> value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public decimal AsNumber() => Kind == CustomFieldKind.Number ? _number : throw WrongKind(CustomFieldKind.Number);

    /// <summary>Returns the value of a <see cref="CustomFieldKind.Boolean"/> value.</summary>
    /// <returns>The yes/no value.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public bool AsBoolean() => Kind == CustomFieldKind.Boolean ? _boolean : throw WrongKind(CustomFieldKind.Boolean);

    /// <summary>Returns the date of a <see cref="CustomFieldKind.Date"/> value.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public LocalDate AsDate() => Kind == CustomFieldKind.Date ? _date : throw WrongKind(CustomFieldKind.Date);

    /// <summary>
    /// Returns the value in an invariant form (<c>42.5</c>, <c>true</c>, <c>2025-03-07</c>); text is
    /// redacted to its length (<c>[redacted, 12 chars]</c>) because it may be personal data.
    /// </summary>
    /// <returns>The value for logs.</returns>
    public override string ToString() => Kind switch
    {
        CustomFieldKind.Text => PersonalData.Redact(_text),
        CustomFieldKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        CustomFieldKind.Boolean => _boolean ? "true" : "false",
        _ => LocalDatePattern.Iso.Format(_date),
    };

    private InvalidOperationException WrongKind(CustomFieldKind wanted) =>
        new($"The custom field value is {Kind}, not {wanted}.");
}
