using System;
using System.Collections.Generic;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>The personal-data scans' tools: what a host would log for an exception, and the check that no text holds a piece of personal data.</summary>
internal static class PersonalDataScan
{
    /// <summary>The message and the full <c>ToString()</c> of what <paramref name="action"/> throws; fails if it throws nothing.</summary>
    public static string ThrownText(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or DomainRuleViolationException)
        {
            return e.Message + "\n" + e;
        }

        throw new InvalidOperationException("Expected the action to throw.");
    }

    /// <summary>Asserts that no text contains any of <paramref name="needles"/>, ignoring case.</summary>
    public static void ShouldHoldNone(IEnumerable<string> texts, IEnumerable<string> needles)
    {
        foreach (var text in texts)
        {
            foreach (var needle in needles)
            {
                text.Should().NotContainEquivalentOf(needle);
            }
        }
    }
}
