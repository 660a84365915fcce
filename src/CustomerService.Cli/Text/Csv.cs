using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CustomerService.Cli.Text;

/// <summary>CSV as RFC 4180 writes it: comma-separated, a field quoted when it holds a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter output, IEnumerable<string> fields) =>
        output.WriteLine(string.Join(',', fields.Select(Field)));

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
