namespace CustomerService.Core.Testing.Contracts;

/// <summary>One clause of a port's contract that an implementation broke: which, what it says, what was expected and what was found.</summary>
/// <param name="Clause">The clause's stable id, such as <c>ticket.save.stale_version</c>.</param>
/// <param name="Rule">What the clause says, in a sentence.</param>
/// <param name="Expected">What the check expected at the step that failed.</param>
/// <param name="Found">What it found instead: a value, a missing exception, or the exception thrown. Never personal data.</param>
public sealed record ContractViolation(string Clause, string Rule, string Expected, string Found)
{
    /// <summary>Describes the violation on three lines: the clause and its rule, then what was expected and found.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"[{Clause}] {Rule}\n    Expected: {Expected}\n    Found:    {Found}";
}
