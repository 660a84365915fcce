using System;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>
/// The contract of every parser of untrusted input, checked on each fuzz case: it returns (never throws), within the
/// hang guard of <see cref="Bounded"/>; the result is a value or located problems, never both; messages stay short
/// whatever the input holds; and it allocates at most a fixed multiple of the input's size.
/// </summary>
internal static class FuzzContract
{
    /// <summary>The most a parser may allocate per byte of input, on top of <see cref="FixedAllowance"/>.</summary>
    /// <remarks>Generous on purpose: it catches a blow-up, such as an input copied once per problem, not a slow creep.</remarks>
    public const long AllowancePerInputByte = 64;

    /// <summary>What any parse may allocate whatever its input's size.</summary>
    public const long FixedAllowance = 16 * 1024 * 1024;

    /// <summary>The longest message a problem may have: a message never echoes a huge value.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>Runs <paramref name="parse"/> under the hang guard and checks the contract; returns the result for checks of its own.</summary>
    public static ParseResult<T> Holds<T>(int inputBytes, Func<ParseResult<T>> parse, Func<InputProblem, bool> isLocated)
    {
        var (result, allocated) = Bounded.Run(parse);
        if (result.IsSuccess == result.Problems.Count > 0)
        {
            throw new InvalidOperationException("The result has both a value and problems, or neither.");
        }

        foreach (var problem in result.Problems)
        {
            if (problem.Code.Length == 0 || problem.Message.Length > MaxMessageLength || !isLocated(problem))
            {
                throw new InvalidOperationException($"A problem breaks the contract: {Shorten(problem.ToString())}");
            }
        }

        long cap = FixedAllowance + (AllowancePerInputByte * inputBytes);
        if (allocated > cap)
        {
            throw new InvalidOperationException($"The parse allocated {allocated} bytes for {inputBytes} bytes of input; the cap is {cap}.");
        }

        return result;
    }

    /// <summary>Holds for a JSON format: every problem has a line, except a file too large to read at all and the note that more problems were not listed.</summary>
    public static ParseResult<T> HoldsForJson<T>(int inputBytes, Func<ParseResult<T>> parse) =>
        Holds(inputBytes, parse, p => p.Line >= 1 || p.Code is JsonProblemCodes.TooLarge or InputProblemCodes.TooManyProblems);

    private static string Shorten(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}
