using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// Collects the problems a parser of untrusted input finds, so that it can keep going after the first
/// and return them all in one <see cref="ParseResult{T}"/>, in document order.
/// </summary>
internal sealed class InputProblemCollector
{
    private readonly List<InputProblem> _problems = [];

    /// <summary>Gets the number of problems collected so far.</summary>
    public int Count => _problems.Count;

    /// <summary>Records a problem.</summary>
    public void Add(InputProblem problem) => _problems.Add(problem);

    /// <summary>Records a problem.</summary>
    public void Add(string code, string message, string? path = null, int? line = null, int? column = null) =>
        _problems.Add(new InputProblem(code, message, path, line, column));

    /// <summary>
    /// Builds the result: the problems (stable-sorted by line and column, those without a line last),
    /// or, if there are none, a success with the value <paramref name="build"/> returns.
    /// </summary>
    public ParseResult<T> ToResult<T>(Func<T> build) =>
        _problems.Count == 0 ? ParseResult<T>.Success(build()) : Failure<T>();

    /// <summary>Builds a failed result from the problems collected; there must be at least one.</summary>
    public ParseResult<T> Failure<T>() =>
        ParseResult<T>.Failure(_problems
            .OrderBy(p => p.Line ?? int.MaxValue)
            .ThenBy(p => p.Column ?? 0));
}
