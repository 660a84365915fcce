using System;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>The text a host would log for an exception the package throws, for the personal-data scans.</summary>
internal static class ThrownText
{
    /// <summary>The message and the full <c>ToString()</c> of what <paramref name="action"/> throws; fails if it throws nothing.</summary>
    public static string Of(Action action)
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
}
