using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>What the tests of every untrusted JSON format share: damaged inputs, and what a result must be whatever the input.</summary>
internal static class JsonInputFuzz
{
    /// <summary>Generates up to six byte edits (removals, insertions, replacements) of <paramref name="valid"/>, biased to JSON punctuation and <paramref name="extra"/>.</summary>
    public static Gen<byte[]> ByteEdits(byte[] valid, byte extra)
    {
        var edit = Gen.Select(
            Gen.Int[0, 2],
            Gen.Int[0, valid.Length - 1],
            Gen.OneOf(Gen.Byte, Gen.OneOfConst((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)':', (byte)',', (byte)'\\', (byte)'0', extra)));
        return edit.Array[1, 6].Select(edits =>
        {
            var bytes = new List<byte>(valid);
            foreach (var (kind, at, value) in edits)
            {
                int i = Math.Min(at, bytes.Count - 1);
                switch (kind)
                {
                    case 0: bytes.RemoveAt(i); break;
                    case 1: bytes.Insert(i, value); break;
                    default: bytes[i] = value; break;
                }
            }

            return bytes.ToArray();
        });
    }

    /// <summary>A value or problems, never both, and every problem located, except a file too large to read at all.</summary>
    public static bool IsWellFormed<T>(ParseResult<T> result) =>
        result.IsSuccess != (result.Problems.Count > 0)
        && result.Problems.All(p => p.Code.Length > 0 && (p.Line >= 1 || p.Code == JsonProblemCodes.TooLarge));
}
