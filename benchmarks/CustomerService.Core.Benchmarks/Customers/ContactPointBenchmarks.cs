using System.Net.Mail;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Benchmarks.Customers;

/// <summary>
/// Reading contact points from untrusted input happens on every import and every inbound message:
/// it should cost no more than the framework's own e-mail parser, and allocate only the result.
/// </summary>
[MemoryDiagnoser]
public class EmailAddressBenchmarks
{
    private const string Text = "  Jane.Doe+support@Mail.Example.COM ";

    [Benchmark(Baseline = true)]
    public MailAddress? MailAddressTryCreate() => MailAddress.TryCreate(Text, out var address) ? address : null;

    [Benchmark]
    public EmailAddress? EmailAddressTryCreate() => EmailAddress.TryCreate(Text, out var email) ? email : null;
}

/// <summary>E.164 normalisation against the one-line regular expression a host would otherwise write.</summary>
[MemoryDiagnoser]
public partial class PhoneNumberBenchmarks
{
    private const string Text = "+1 (415) 555-0123";

    [Benchmark(Baseline = true)]
    public string RegexStripSeparators() => Separators().Replace(Text, string.Empty);

    [Benchmark]
    public PhoneNumber? PhoneNumberTryCreate() => PhoneNumber.TryCreate(Text, out var phone) ? phone : null;

    [GeneratedRegex(@"[\s\-.()]")]
    private static partial Regex Separators();
}
