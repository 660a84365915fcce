using System;
using System.Collections.Generic;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>One unfolded content line, <c>NAME;PARAM=VALUE:VALUE</c> (RFC 5545 §3.1), with its first physical line.</summary>
/// <param name="Name">The property name, upper case.</param>
/// <param name="Parameters">The parameters, names upper case, values as written (quotes removed).</param>
/// <param name="Value">The value as written.</param>
/// <param name="Line">The 1-based line on which the content line starts.</param>
internal sealed record IcsContentLine(string Name, IReadOnlyList<KeyValuePair<string, string>> Parameters, string Value, int Line)
{
    /// <summary>Gets a parameter's value, or <see langword="null"/> if absent.</summary>
    public string? Parameter(string name)
    {
        foreach (KeyValuePair<string, string> parameter in Parameters)
        {
            if (string.Equals(parameter.Key, name, StringComparison.Ordinal))
            {
                return parameter.Value;
            }
        }

        return null;
    }
}
