namespace CustomerService.Core.SharedKernel;

/// <summary>The stable codes of <see cref="InputProblem"/>s that any reader of untrusted input may report.</summary>
public static class InputProblemCodes
{
    /// <summary>
    /// The input has more problems than are listed (1,000); this is the last problem of the list. Fix
    /// those listed and read the input again.
    /// </summary>
    public const string TooManyProblems = "input.too_many_problems";
}
