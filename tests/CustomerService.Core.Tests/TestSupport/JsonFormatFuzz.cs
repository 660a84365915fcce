using System;
using System.IO;
using System.Linq;
using CsCheck;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>The fuzz cases every JSON format shares, run through that format's three entry points (text, UTF-8, stream) and its writer.</summary>
internal sealed class JsonFormatFuzz<T>(
    Func<string, ParseResult<T>> parseText,
    Func<byte[], ParseResult<T>> parseUtf8,
    Func<Stream, ParseResult<T>> parseStream,
    Func<T, string> write)
{
    public ParseResult<T> Parse(FuzzCase fuzzCase)
    {
        switch (fuzzCase.Entry)
        {
            case FuzzEntry.Text:
                return parseText(fuzzCase.Text);
            case FuzzEntry.Utf8:
                return parseUtf8(fuzzCase.Utf8);
            default:
                using (Stream stream = fuzzCase.OpenStream())
                {
                    return parseStream(stream);
                }
        }
    }

    /// <summary>Checks the parse contract on one case, and that a value read from it reads back from what it writes.</summary>
    public ParseResult<T> Check(FuzzCase fuzzCase, int? inputBytes = null)
    {
        var result = FuzzContract.HoldsForJson(inputBytes ?? fuzzCase.Utf8.Length, () => Parse(fuzzCase));
        if (result.TryGetValue(out var value) && !parseText(write(value)).IsSuccess)
        {
            throw new InvalidOperationException("A value read from damaged input does not read back from what it writes.");
        }

        return result;
    }

    /// <summary>Generated hostile edits of <paramref name="sample"/>.</summary>
    public void HostileEdits(string sample, int iter) => AdversarialJson.Documents(sample).Sample(c => { Check(c); }, iter: iter);

    /// <summary>Each scalar of <paramref name="sample"/> replaced by a share of the hostile values (every tenth case in a mutation run).</summary>
    public void EachScalarReplaced(string sample)
    {
        int stride = MutationRun.IsActive ? 10 : 1;
        foreach (var fuzzCase in AdversarialJson.EveryScalarReplaced(sample).Where((_, index) => index % stride == 0))
        {
            Check(fuzzCase);
        }
    }

    /// <summary>A 10 MB string through <paramref name="entry"/>, allowed to allocate only what an input of <paramref name="maxInputBytes"/> may.</summary>
    public ParseResult<T> TenMegabyteString(FuzzEntry entry, int maxInputBytes) =>
        Check(new FuzzCase("10 MB string", AdversarialJson.WithHugeString("$schema", 10), entry), maxInputBytes);
}
