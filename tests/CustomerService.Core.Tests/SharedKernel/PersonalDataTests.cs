using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("jane.doe@example.com", "[redacted, 20 chars]")]
    [InlineData("", "[redacted, 0 chars]")]
    [InlineData(null, "null")]
    public void Redact_ShowsOnlyTheLength(string? value, string expected)
    {
        PersonalData.Redact(value).Should().Be(expected);
    }
}
