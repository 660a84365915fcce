using System;
using System.Text.Json;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.Json;

// Fuzzing: hostile documents made from samples/calendars.json (docs/quality.md says what each case is and why).
public sealed partial class CalendarJsonTests
{
    private static readonly string CalendarSample = RepositoryRoot.ReadText("samples", "calendars.json");

    private static readonly JsonFormatFuzz<CalendarDocument> Fuzz = new(CalendarJson.Parse, b => CalendarJson.Parse(b), CalendarJson.Parse, CalendarJson.Write);

    [Fact]
    public void Parse_HostileEditsOfTheSample_KeepTheParseContract() => Fuzz.HostileEdits(CalendarSample, iter: MutationRun.Iter(300));

    [Fact]
    public void Parse_EachScalarOfTheSampleReplacedByAHostileValue_KeepsTheParseContract() => Fuzz.EachScalarReplaced(CalendarSample);

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("america/new_york")]
    [InlineData("America/New_York ")]
    [InlineData("../../etc/passwd")]
    [InlineData("+05:00")]
    [InlineData("")]
    public void Parse_UnknownZoneId_IsOneProblemAtTheTimeZone(string zone)
    {
        string json = CalendarSample.Replace("\"America/New_York\"", JsonSerializer.Serialize(zone), StringComparison.Ordinal);

        var problem = FuzzContract.HoldsForJson(json.Length, () => CalendarJson.Parse(json)).Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.calendars[0].timeZone");
    }

    [Theory]
    [InlineData(FuzzEntry.Text)]
    [InlineData(FuzzEntry.Utf8)]
    [InlineData(FuzzEntry.Stream)]
    public void Parse_TenMegabyteString_IsOneTooLargeProblemWithinTheMemoryCap(FuzzEntry entry)
    {
        Fuzz.TenMegabyteString(entry, CalendarJson.MaxInputBytes).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_HolidayNameJustUnderTheSizeLimit_IsReadWholeWithinTheMemoryCap()
    {
        string json = "{\"holidaySets\": [{\"name\": \"" + new string('h', CalendarJson.MaxInputBytes - 100) + "\", \"dates\": [\"2025-01-01\"]}]}";

        var result = FuzzContract.HoldsForJson(json.Length, () => CalendarJson.Parse(json));

        result.Value.HolidaySets.Should().ContainSingle().Which.Name.Should().HaveLength(CalendarJson.MaxInputBytes - 100);
    }
}
