using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// Collects the problems a parser of untrusted input finds, so that it can keep going after the first
/// and return them all in one <see cref="ParseResult{T}"/>, in document order. It keeps at most
/// <see cref="MaxListed"/> of them, then one <see cref="InputProblemCodes.TooManyProblems"/>: a hostile
/// file of a million bad values cannot make a report of a million problems.
/// </summary>
internal sealed class InputProblemCollector
{
    /// <summary>The most problems listed before the rest are summed up in one.</summary>
    public const int MaxListed = 1000;

    private readonly List<InputProblem> _problems = [];

    /// <summary>Gets the number of problems reported so far, including any beyond those listed.</summary>
    /// <remarks>Readers compare it before and after reading a value to know whether the value had problems.</remarks>
    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether no more problems are listed, so a reader need not work out where they are.</summary>
    public bool IsFull => _problems.Count > MaxListed;

    /// <summary>Gets the problems listed so far, in the order reported.</summary>
    public IReadOnlyList<InputProblem> Listed => _problems;

    /// <summary>Counts a problem that is not listed, because <see cref="IsFull"/>.</summary>
    public void AddUnlisted() => Count++;

    /// <summary>Records a problem.</summary>
    public void Add(InputProblem problem)
    {
        Count++;
        if (_problems.Count < MaxListed)
        {
            _problems.Add(problem);
        }
        else if (_problems.Count == MaxListed)
        {
            _problems.Add(new InputProblem(InputProblemCodes.TooManyProblems, $"The input has more than {MaxListed} problems; the others are not listed."));
        }
    }

    /// <summary>Records a problem.</summary>
    public void Add(string code, string message, string? path = null, int? line = null, int? column = null) =>
        Add(new InputProblem(code, message, path, line, column));

    /// <summary>
    /// Builds the result: the problems (stable-sorted by line and column, those without a line last),
    /// or, if there are none, a success with the value <paramref name="build"/> returns.
    /// </summary>
    public ParseResult<T> ToResult<T>(Func<T> build) =>
        Count == 0 ? ParseResult<T>.Success(build()) : Failure<T>();

    /// <summary>Builds a failed result from the problems collected; there must be at least one.</summary>
    public ParseResult<T> Failure<T>() =>
        ParseResult<T>.Failure(_problems
            .OrderBy(p => p.Line ?? int.MaxValue)
            .ThenBy(p => p.Column ?? 0));
}
