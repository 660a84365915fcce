// Compiled into the real library only by BannedApiTests, to prove the banned-API analyzer is active
// for src/. It must never build.
namespace CustomerService.Core.BannedApiProbe;

internal static class BannedClockUse
{
    internal static System.DateTime ReadWallClock() => System.DateTime.UtcNow;

    internal static NodaTime.IClock DefaultClock() => NodaTime.SystemClock.Instance;
}
