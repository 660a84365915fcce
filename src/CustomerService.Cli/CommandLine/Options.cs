using System;
using System.Collections.Generic;

namespace CustomerService.Cli.CommandLine;

/// <summary>
/// The <c>--name value</c> options of one verb. Unknown, repeated or valueless options are usage
/// errors, so a typo never silently falls back to a default.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Options()
    {
    }

    public static Options Parse(ReadOnlySpan<string> args, params string[] allowed)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || Array.IndexOf(allowed, arg[2..]) < 0)
            {
                throw new UsageException(allowed.Length == 0
                    ? $"unexpected '{arg}'; this verb takes no options."
                    : $"unexpected '{arg}'; this verb takes {string.Join(", ", Array.ConvertAll(allowed, a => "--" + a))}.");
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"{arg} needs a value.");
            }

            if (!options._values.TryAdd(arg[2..], args[++i]))
            {
                throw new UsageException($"{arg} is given twice.");
            }
        }

        return options;
    }

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        _values.GetValueOrDefault(name) ?? throw new UsageException($"--{name} is required.");
}
