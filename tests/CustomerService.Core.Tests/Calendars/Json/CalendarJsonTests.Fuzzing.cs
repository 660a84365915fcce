using System;
using System.IO;
using CsCheck;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.Json;

// Fuzzing: hostile documents made from samples/calendars.json (see docs/quality.md for what each case is and why).
public sealed partial class CalendarJsonTests
{
    private static readonly string CalendarSample = RepositoryRoot.ReadText("samples", "calendars.json");

    private static ParseResult<CalendarDocument> ParseCase(FuzzCase fuzzCase)
    {
        switch (fuzzCase.Entry)
        {
            case FuzzEntry.Text:
                return CalendarJson.Parse(fuzzCase.Text);
            case FuzzEntry.Utf8:
                return CalendarJson.Parse(fuzzCase.Utf8);
            default:
                using (Stream stream = fuzzCase.OpenStream())
                {
                    return CalendarJson.Parse(stream);
                }
        }
    }

    private static void CheckCase(FuzzCase fuzzCase)
    {
        var result = FuzzContract.HoldsForJson(fuzzCase.Utf8.Length, () => ParseCase(fuzzCase));
        if (result.TryGetValue(out var document) && !CalendarJson.Parse(CalendarJson.Write(document)).IsSuccess)
        {
            throw new InvalidOperationException("A document read from damaged input does not read back from what it writes.");
        }
    }

    [Fact]
    public void Parse_HostileEditsOfTheSample_KeepTheParseContract()
    {
        AdversarialJson.Documents(CalendarSample).Sample(CheckCase, iter: 300);
    }

    [Fact]
    public void Parse_EachScalarOfTheSampleReplacedByAHostileValue_KeepsTheParseContract()
    {
        foreach (var fuzzCase in AdversarialJson.EveryScalarReplaced(CalendarSample))
        {
            CheckCase(fuzzCase);
        }
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("america/new_york")]
    [InlineData("America/New_York ")]
    [InlineData("../../etc/passwd")]
    [InlineData("+05:00")]
    [InlineData("")]
    public void Parse_UnknownZoneId_IsOneProblemAtTheTimeZone(string zone)
    {
        string json = CalendarSample.Replace("\"America/New_York\"", System.Text.Json.JsonSerializer.Serialize(zone), StringComparison.Ordinal);

        var problem = FuzzContract.HoldsForJson(json.Length, () => CalendarJson.Parse(json)).Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.calendars[0].timeZone");
    }

    [Theory]
    [InlineData(FuzzEntry.Text)]
    [InlineData(FuzzEntry.Utf8)]
    [InlineData(FuzzEntry.Stream)]
    public void Parse_TenMegabyteString_IsOneTooLargeProblemWithinTheMemoryCap(FuzzEntry entry)
    {
        var fuzzCase = new FuzzCase("10 MB string", AdversarialJson.WithHugeString("$schema", 10), entry);

        var result = FuzzContract.HoldsForJson(CalendarJson.MaxInputBytes, () => ParseCase(fuzzCase));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_HolidayNameJustUnderTheSizeLimit_IsReadWholeWithinTheMemoryCap()
    {
        string json = "{\"holidaySets\": [{\"name\": \"" + new string('h', CalendarJson.MaxInputBytes - 100) + "\", \"dates\": [\"2025-01-01\"]}]}";

        var result = FuzzContract.HoldsForJson(json.Length, () => CalendarJson.Parse(json));

        result.Value.HolidaySets.Should().ContainSingle().Which.Name.Should().HaveLength(CalendarJson.MaxInputBytes - 100);
    }
}
