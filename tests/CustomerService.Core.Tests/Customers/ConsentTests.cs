using CustomerService.Core.Customers;
using NodaTime;

namespace CustomerService.Core.Tests.Customers;

public sealed class ConsentTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 7, 16, 0);

    [Fact]
    public void NotRecorded_IsTheDefault_AndIsNotGranted()
    {
        Consent.NotRecorded.Should().Be(default(Consent));
        Consent.NotRecorded.Status.Should().Be(ConsentStatus.NotRecorded);
        Consent.NotRecorded.IsGranted.Should().BeFalse();
        Consent.NotRecorded.ChangedAt.Should().BeNull();
    }

    [Fact]
    public void GrantedAndWithdrawn_CarryTheirInstant_AndOnlyGrantedIsGranted()
    {
        Consent.GrantedAt(At).Should().Match<Consent>(c => c.IsGranted && c.Status == ConsentStatus.Granted && c.ChangedAt == At);
        Consent.WithdrawnAt(At).Should().Match<Consent>(c => !c.IsGranted && c.Status == ConsentStatus.Withdrawn && c.ChangedAt == At);
        Consent.GrantedAt(At).Should().NotBe(Consent.WithdrawnAt(At));
    }
}
