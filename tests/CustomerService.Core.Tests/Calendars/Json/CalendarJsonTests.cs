using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;
using NodaTime.TimeZones;
using NodaTime.Testing.TimeZones;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private const string Example = """
        {
          "holidaySets": [
            { "name": "us-federal", "dates": ["2025-12-25"], "yearly": [{ "month": 7, "day": 4, "from": 2020 }] }
          ],
          "calendars": [
            {
              "id": "support-ny",
              "timeZone": "America/New_York",
              "weeklyHours": {
                "monday": [{ "start": "09:00", "end": "12:00" }, { "start": "13:00", "end": "17:00" }],
                "friday": [{ "start": "22:00", "end": "06:00" }],
                "sunday": [{ "start": "00:00", "end": "24:00" }]
              },
              "holidays": ["2025-11-27"],
              "holidaySets": ["us-federal"],
              "overrides": [
                { "date": "2025-12-24", "hours": [{ "start": "09:00", "end": "12:00" }] },
                { "date": "2025-12-31", "closed": true }
              ]
            }
          ]
        }
        """;

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly HolidaySet UsFederal = HolidaySet.Create(
        "us-federal", [new LocalDate(2025, 12, 25)], [new YearlyHoliday(new AnnualDate(7, 4), 2020)]);

    private static BusinessCalendar ExampleCalendar() =>
        BusinessCalendar.Create("support-ny", NewYork)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(17, 0))
            .WithWeeklyHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .WithWeeklyHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, LocalTime.Midnight)
            .WithHoliday(new LocalDate(2025, 11, 27))
            .WithHolidays(UsFederal)
            .WithDateOverride(new LocalDate(2025, 12, 24), new LocalTime(9, 0), new LocalTime(12, 0))
            .WithClosedDate(new LocalDate(2025, 12, 31))
            .Build();

    [Fact]
    public void Parse_FullExample_ReadsTheCalendarAndItsSharedSet()
    {
        var document = CalendarJson.Parse(Example).Value;

        document.Should().Be(new CalendarDocument([ExampleCalendar()], [UsFederal]));
        document.FindCalendar("support-ny")!.Zone.Should().BeSameAs(NewYork);
        document.FindHolidaySet("us-federal").Should().Be(UsFederal);
        document.FindCalendar("support-NY").Should().BeNull();
    }

    [Fact]
    public void Parse_TheCalendarRead_WorksLikeOneBuiltInCode()
    {
        var calendar = CalendarJson.Parse(Example).Value.Calendars[0];

        // Mon 2025-12-01 11:30 EST: 30 min before lunch, then 13:00-14:30.
        var start = Instant.FromUtc(2025, 12, 1, 16, 30);
        calendar.Add(start, Duration.FromHours(2)).Should().Be(Instant.FromUtc(2025, 12, 1, 19, 30));
        calendar.IsOpen(Instant.FromUtc(2025, 12, 31, 15, 0)).Should().BeFalse();
    }

    [Fact]
    public void Write_Example_IsTheDocumentedForm()
    {
        string json = CalendarJson.Write(new CalendarDocument([ExampleCalendar()]));

        json.Should().Be("""
            {
              "holidaySets": [
                {
                  "name": "us-federal",
                  "dates": [
                    "2025-12-25"
                  ],
                  "yearly": [
                    {
                      "month": 7,
                      "day": 4,
                      "from": 2020
                    }
                  ]
                }
              ],
              "calendars": [
                {
                  "id": "support-ny",
                  "timeZone": "America/New_York",
                  "weeklyHours": {
                    "monday": [
                      {
                        "start": "09:00",
                        "end": "12:00"
                      },
                      {
                        "start": "13:00",
                        "end": "17:00"
                      }
                    ],
                    "friday": [
                      {
                        "start": "22:00",
                        "end": "06:00"
                      }
                    ],
                    "sunday": [
                      {
                        "start": "00:00",
                        "end": "24:00"
                      }
                    ]
                  },
                  "holidays": [
                    "2025-11-27"
                  ],
                  "holidaySets": [
                    "us-federal"
                  ],
                  "overrides": [
                    {
                      "date": "2025-12-24",
                      "hours": [
                        {
                          "start": "09:00",
                          "end": "12:00"
                        }
                      ]
                    },
                    {
                      "date": "2025-12-31",
                      "closed": true
                    }
                  ]
                }
              ]
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_SecondsAndFractions_AreKeptOnlyWhenPresent()
    {
        var calendar = BusinessCalendar.Create("precise", DateTimeZone.Utc)
            .WithWeeklyHours(IsoDayOfWeek.Monday, new LocalTime(9, 0, 30), LocalTime.FromHourMinuteSecondMillisecondTick(17, 0, 0, 250, 1))
            .Build();

        string json = CalendarJson.Write(new CalendarDocument([calendar]));

        json.Should().Contain("\"start\": \"09:00:30\"").And.Contain("\"end\": \"17:00:00.2500001\"");
        CalendarJson.Parse(json).Value.Calendars.Should().Equal(calendar);
    }

    [Fact]
    public void Write_ToAUtf8JsonWriter_WritesOneCompactObject()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CalendarJson.Write(new CalendarDocument([BusinessCalendar.AlwaysOpen]), writer);
        }

        Encoding.UTF8.GetString(buffer.ToArray()).Should().Be(
            """{"calendars":[{"id":"always-open","timeZone":"UTC","weeklyHours":{"monday":[{"start":"00:00","end":"24:00"}],"tuesday":[{"start":"00:00","end":"24:00"}],"wednesday":[{"start":"00:00","end":"24:00"}],"thursday":[{"start":"00:00","end":"24:00"}],"friday":[{"start":"00:00","end":"24:00"}],"saturday":[{"start":"00:00","end":"24:00"}],"sunday":[{"start":"00:00","end":"24:00"}]}}]}""");
    }

    [Fact]
    public void Parse_EndAtMidnightWrittenEitherWay_IsTheSameCalendar()
    {
        static BusinessCalendar Read(string end) => CalendarJson.Parse(
            $$$"""{"calendars":[{"id":"c","timeZone":"UTC","weeklyHours":{"monday":[{"start":"18:00","end":"{{{end}}}"}]}}]}""").Value.Calendars[0];

        Read("24:00").Should().Be(Read("00:00"));
        Read("24:00:00").WeeklyHours(IsoDayOfWeek.Monday).Should().Equal(new OpeningHours(new LocalTime(18, 0), LocalTime.Midnight));
    }

    [Fact]
    public void Parse_EmptyDocumentOrSetsOnly_IsValid()
    {
        CalendarJson.Parse("{}").Value.Calendars.Should().BeEmpty();
        var sets = CalendarJson.Parse("""{"$schema": "calendar.schema.json", "holidaySets": [{"name": "eu"}]}""").Value;
        sets.HolidaySets.Should().Equal(HolidaySet.Create("eu", []));
    }

    [Fact]
    public void Parse_Utf8SpanAndStream_ReadTheSameDocument()
    {
        byte[] utf8 = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Example)];
        var expected = CalendarJson.Parse(Example).Value;

        CalendarJson.Parse(utf8.AsSpan()).Value.Should().Be(expected);
        CalendarJson.Parse(new MemoryStream(utf8)).Value.Should().Be(expected);
    }

    [Fact]
    public void Parse_WithAnotherZoneProvider_LooksZonesUpThere()
    {
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2025, 3, 30, 1, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Zone");
        var provider = new CalendarJsonOptions { Zones = new DateTimeZoneCache(new FakeDateTimeZoneSource.Builder { zone }.Build()) };
        const string json = """{"calendars":[{"id":"c","timeZone":"Test/Zone","weeklyHours":{"monday":[{"start":"09:00","end":"17:00"}]}}]}""";

        CalendarJson.Parse(json, provider).Value.Calendars[0].Zone.Should().BeSameAs(zone);
        CalendarJson.Parse(Encoding.UTF8.GetBytes(json), provider).Value.Calendars[0].Zone.Should().BeSameAs(zone);
        CalendarJson.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), provider).Value.Calendars[0].Zone.Should().BeSameAs(zone);
        CalendarJson.Parse(json).Problems.Single().Code.Should().Be(CalendarJsonProblemCodes.UnknownTimeZone);
    }

    [Fact]
    public void Parse_WithHolidaySetsFromOutside_CalendarsUseThemByName()
    {
        var options = new CalendarJsonOptions { HolidaySets = [UsFederal] };
        const string json = """{"calendars":[{"id":"c","timeZone":"UTC","weeklyHours":{"monday":[{"start":"09:00","end":"17:00"}]},"holidaySets":["us-federal"]}]}""";

        var document = CalendarJson.Parse(json, options).Value;

        document.Calendars[0].HolidaySets.Should().Equal(UsFederal);
        document.HolidaySets.Should().Equal(UsFederal);
        CalendarJson.Parse(CalendarJson.Write(document)).Value.Should().Be(document);
    }

    [Fact]
    public void Parse_DocumentSetNamedLikeASetFromOutside_IsADuplicate()
    {
        var options = new CalendarJsonOptions { HolidaySets = [UsFederal] };

        var problem = CalendarJson.Parse("""{"holidaySets":[{"name":"us-federal"}]}""", options).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(CalendarJsonProblemCodes.DuplicateId);
        problem.Message.Should().Be("The holiday-set name 'us-federal' is already given in the options (a set from outside the document).");
    }

    [Fact]
    public void Options_RejectNullsAndRepeatedSetNames()
    {
        var nullZones = () => new CalendarJsonOptions { Zones = null! };
        var nullSets = () => new CalendarJsonOptions { HolidaySets = null! };
        var nullSet = () => new CalendarJsonOptions { HolidaySets = [null!] };
        var repeated = () => new CalendarJsonOptions { HolidaySets = [UsFederal, HolidaySet.Create("us-federal", [])] };

        nullZones.Should().Throw<ArgumentNullException>();
        nullSets.Should().Throw<ArgumentNullException>();
        nullSet.Should().Throw<ArgumentNullException>();
        repeated.Should().Throw<ArgumentException>().WithMessage("*'us-federal'*");
        CalendarJsonOptions.Default.Zones.Should().BeSameAs(DateTimeZoneProviders.Tzdb);
        CalendarJsonOptions.Default.HolidaySets.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SampleFile_ReadsTwoCalendarsSharingASet()
    {
        string json = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Core.Tests", "Calendars", "Samples", "calendars.json"));

        var document = CalendarJson.Parse(json).Value;

        document.Calendars.Select(c => c.Id).Should().Equal("support-ny", "support-london");
        document.Calendars.Should().OnlyContain(c => c.HolidaySets.Count == 1);
        CalendarJson.Parse(CalendarJson.Write(document)).Value.Should().Be(document);
    }

    [Fact]
    public void ParseAndWrite_NullArguments_AreProgrammerErrors()
    {
        var document = new CalendarDocument([]);
        Action[] calls =
        [
            () => CalendarJson.Parse((string)null!),
            () => CalendarJson.Parse((Stream)null!),
            () => CalendarJson.Parse("{}", null!),
            () => CalendarJson.Parse("{}"u8, null!),
            () => CalendarJson.Parse(new MemoryStream(), null!),
            () => CalendarJson.Write(null!),
            () => CalendarJson.Write(null!, new Utf8JsonWriter(new MemoryStream())),
            () => CalendarJson.Write(document, null!),
        ];

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentNullException>();
        }
    }
}
