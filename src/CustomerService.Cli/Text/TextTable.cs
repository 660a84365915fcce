using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CustomerService.Cli.Text;

/// <summary>
/// A plain-text table: columns padded to their widest cell, numbers right-aligned. Small tables are
/// written at once (<see cref="Write"/>); long ones row by row with fixed widths (<see cref="Row"/>).
/// </summary>
/// <param name="Columns">The headers; a header starting with <c>&gt;</c> right-aligns its column (the mark is not shown).</param>
internal sealed record TextTable(params string[] Columns)
{
    private const string Gap = "  ";

    /// <summary>Writes the header and the rows, each column as wide as its widest cell.</summary>
    public void Write(TextWriter output, IReadOnlyList<string[]> rows, string indent = "")
    {
        var widths = Columns.Select((c, i) => rows.Select(r => r[i].Length).Append(Header(i).Length).Max()).ToArray();
        output.WriteLine(indent + Row(widths, Columns.Select((_, i) => Header(i)).ToArray()));
        foreach (var row in rows)
        {
            output.WriteLine(indent + Row(widths, row));
        }
    }

    /// <summary>Formats one row with the given widths (a longer cell widens its column for that row only).</summary>
    public string Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            var last = i == cells.Count - 1;
            var right = Columns[i].StartsWith('>');
            line.Append(right ? cells[i].PadLeft(widths[i]) : last ? cells[i] : cells[i].PadRight(widths[i]));
            if (!last)
            {
                line.Append(Gap);
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>The header row for fixed widths.</summary>
    public string HeaderRow(IReadOnlyList<int> widths) => Row(widths, Columns.Select((_, i) => Header(i)).ToArray());

    private string Header(int column) => Columns[column].TrimStart('>');
}
