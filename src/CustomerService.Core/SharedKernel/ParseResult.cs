using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// The outcome of reading untrusted input: either a <see cref="Value"/>, or every
/// <see cref="Problems">problem</see> found, each with its location. Never both.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>
/// <para>
/// A parser that returns this type never throws for bad content (only for programmer errors such as
/// a <see langword="null"/> argument), and does not stop at the first problem: one run reports all that
/// it can find, so a file can be fixed in one pass. Problems are in document order where they have a line.
/// </para>
/// <code>
/// ParseResult&lt;CalendarDocument&gt; result = CalendarJson.Parse(json);
/// if (!result.TryGetValue(out CalendarDocument? document))
/// {
///     foreach (InputProblem problem in result.Problems) Console.Error.WriteLine(problem);
/// }
/// </code>
/// </remarks>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, IReadOnlyList<InputProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the input was read without problems.</summary>
    public bool IsSuccess => Problems.Count == 0;

    /// <summary>Gets the value read.</summary>
    /// <exception cref="InvalidOperationException">The input had problems; read <see cref="Problems"/>.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"The input has {Problems.Count} problem(s); the first is {FirstProblem}"));

    /// <summary>Gets every problem found, in document order; empty when <see cref="IsSuccess"/>.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private InputProblem? FirstProblem => Problems.Count == 0 ? null : Problems[0];

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>A result with <paramref name="value"/> and no problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factory reads best on the type it makes, as ImmutableArray<T>.Empty does.")]
    public static ParseResult<T> Success(T value) => new(Guard.Against.Null(value), []);

    /// <summary>A failed result.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <returns>A result with the problems and no value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factory reads best on the type it makes, as ImmutableArray<T>.Empty does.")]
    public static ParseResult<T> Failure(IEnumerable<InputProblem> problems)
    {
        Guard.Against.Null(problems);
        InputProblem[] list = [.. problems];
        Guard.Against.NullOrEmpty(list, nameof(problems));
        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(problems), "A problem in the list is null.");
        }

        return new ParseResult<T>(default, list);
    }

    /// <summary>Gets the value if the input was read without problems.</summary>
    /// <param name="value">The value, or the default of <typeparamref name="T"/> on failure.</param>
    /// <returns><see langword="true"/> if there were no problems.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>Returns "success" or the number of problems and the first one.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsSuccess
        ? "Success"
        : string.Create(CultureInfo.InvariantCulture, $"Failure ({Problems.Count} problem(s)); first: {FirstProblem}");
}
