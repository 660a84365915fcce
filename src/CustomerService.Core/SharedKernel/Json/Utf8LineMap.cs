using System;
using System.Collections.Generic;
using System.Text;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// Turns byte offsets in UTF-8 text into 1-based lines and columns, the column counted in UTF-16
/// code units as editors count it.
/// </summary>
internal sealed class Utf8LineMap
{
    private readonly byte[] _utf8;
    private readonly int[] _lineStarts;
    private int _lastLineStart;
    private int _lastOffset;
    private int _lastColumn = 1;

    public Utf8LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        var starts = new List<int> { 0 };
        int at = 0;
        while ((at = Array.IndexOf(utf8, (byte)'\n', at)) >= 0)
        {
            starts.Add(++at);
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Gets the line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _utf8.Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    /// <summary>Gets the line and column of the byte <paramref name="byteInLine"/> (0-based) of the 0-based line <paramref name="lineIndex"/>.</summary>
    public (int Line, int Column) Locate(long lineIndex, long byteInLine)
    {
        int line = (int)Math.Clamp(lineIndex, 0, _lineStarts.Length - 1);
        long offset = _lineStarts[line] + Math.Max(0, byteInLine);
        return Locate((int)Math.Min(offset, _utf8.Length));
    }

    // Problems come mostly in document order, so counting goes on from the last position asked for on
    // the same line: a long single-line document costs one pass, not one pass per problem.
    private int ColumnOf(int lineStart, int offset)
    {
        if (_lastLineStart != lineStart || _lastOffset > offset)
        {
            (_lastLineStart, _lastOffset, _lastColumn) = (lineStart, lineStart, 1);
        }

        // The text is valid UTF-8 up to any offset asked for, so the count of UTF-16 units is exact.
        _lastColumn += Encoding.UTF8.GetCharCount(_utf8, _lastOffset, offset - _lastOffset);
        _lastOffset = offset;
        return _lastColumn;
    }
}
