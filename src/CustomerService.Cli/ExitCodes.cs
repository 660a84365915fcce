namespace CustomerService.Cli;

/// <summary>Process exit codes, stable so scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>An input file had problems; each was reported on standard error with its location.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line was wrong (unknown verb or option, a missing or malformed value).</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written (a missing folder, no permission, a full disk); nothing more was done.</summary>
    public const int FileAccess = 3;
}
