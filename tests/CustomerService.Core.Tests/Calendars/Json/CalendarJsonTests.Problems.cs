using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private static InputProblem[] ProblemsOf(string json)
    {
        var result = CalendarJson.Parse(json);
        result.IsSuccess.Should().BeFalse();
        result.TryGetValue(out _).Should().BeFalse();
        return [.. result.Problems];
    }

    private static (string Code, string? Path) Only(string json)
    {
        var problem = ProblemsOf(json).Should().ContainSingle().Subject;
        return (problem.Code, problem.Path);
    }

    // One calendar with the given members after id and timeZone; nothing else is wrong with it.
    private static string Calendar(string members) =>
        $$"""{"calendars": [{"id": "c", "timeZone": "UTC", {{members}}}]}""";

    private static string Monday(string hours) => Calendar($$"""
        "weeklyHours": {"monday": [{{hours}}]}
        """);

    [Fact]
    public void Parse_UnparsableTime_IsReportedAtItsPathLineAndColumn()
    {
        const string json = """
            {
              "calendars": [
                {
                  "id": "support",
                  "timeZone": "UTC",
                  "weeklyHours": {
                    "monday": [
                      { "start": "09:00", "end": "12:00" },
                      { "start": "13:00", "end": "9pm" }
                    ]
                  }
                }
              ]
            }
            """;

        ProblemsOf(json).Should().Equal(new InputProblem(
            CalendarJsonProblemCodes.InvalidTime,
            "'9pm' is not a time of day: write HH:mm (00:00 to 23:59), HH:mm:ss, or 24:00 as an end.",
            "$.calendars[0].weeklyHours.monday[1].end",
            9,
            38));
    }

    [Theory]
    [InlineData("9am")]
    [InlineData("25:00")]
    [InlineData("9:00")]
    [InlineData("09:60")]
    [InlineData("09:00 ")]
    [InlineData("")]
    [InlineData("24:01")]
    public void Parse_TimeThatIsNotATimeOfDay_IsInvalid(string time)
    {
        Only(Monday($$"""{"start": "{{time}}", "end": "17:00"}""")).Should()
            .Be((CalendarJsonProblemCodes.InvalidTime, "$.calendars[0].weeklyHours.monday[0].start"));
    }

    [Fact]
    public void Parse_MidnightAsAStart_MustBeWritten0000()
    {
        var problem = ProblemsOf(Monday("""{"start": "24:00", "end": "06:00"}""")).Single();

        problem.Code.Should().Be(CalendarJsonProblemCodes.InvalidTime);
        problem.Path.Should().Be("$.calendars[0].weeklyHours.monday[0].start");
        problem.Message.Should().Be("24:00 is only allowed as an end (the midnight that ends the day); a day starts at 00:00.");
    }

    [Fact]
    public void Parse_TimeAsANumber_IsAWrongType()
    {
        Only(Monday("""{"start": 9, "end": "17:00"}""")).Should()
            .Be((JsonProblemCodes.WrongType, "$.calendars[0].weeklyHours.monday[0].start"));
    }

    [Fact]
    public void Parse_UnknownTimeZone_SaysWhichDatabaseWasAsked()
    {
        var problem = ProblemsOf("""{"calendars": [{"id": "c", "timeZone": "America/New_Yrok", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}}]}""").Single();

        problem.Code.Should().Be(CalendarJsonProblemCodes.UnknownTimeZone);
        problem.Path.Should().Be("$.calendars[0].timeZone");
        problem.Message.Should().StartWith("'America/New_Yrok' is not a time zone id of the time zone database (TZDB: ");
    }

    [Theory]
    [InlineData("\"holidays\": [\"2025-02-30\"]", "$.calendars[0].holidays[0]")]
    [InlineData("\"holidays\": [\"25/12/2025\"]", "$.calendars[0].holidays[0]")]
    [InlineData("\"holidays\": [\"2025-12-25T00:00\"]", "$.calendars[0].holidays[0]")]
    [InlineData("\"overrides\": [{\"date\": \"christmas\", \"closed\": true}]", "$.calendars[0].overrides[0].date")]
    public void Parse_HolidayOrOverrideThatIsNotADate_IsInvalid(string member, string path)
    {
        Only(Calendar($$"""{{member}}, "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}""")).Should()
            .Be((CalendarJsonProblemCodes.InvalidDate, path));
    }

    [Fact]
    public void Parse_OverlappingHoursOnADay_AreRejectedAtTheLaterInterval()
    {
        var problem = ProblemsOf(Monday("""{"start": "09:00", "end": "13:00"}, {"start": "12:00", "end": "17:00"}""")).Single();

        problem.Code.Should().Be(CalendarErrors.HoursOverlap);
        problem.Path.Should().Be("$.calendars[0].weeklyHours.monday[1]");
        problem.Message.Should().Contain("12:00-17:00").And.Contain("09:00-13:00");
    }

    [Fact]
    public void Parse_OvernightHoursRunningIntoTheNextDay_AreRejectedAtTheOvernightInterval()
    {
        Only(Calendar("""
            "weeklyHours": {
              "sunday": [{"start": "22:00", "end": "08:00"}],
              "monday": [{"start": "07:00", "end": "17:00"}]
            }
            """)).Should().Be((CalendarErrors.HoursOverlap, "$.calendars[0].weeklyHours.sunday[0]"));
    }

    [Fact]
    public void Parse_OverlappingOverrideHours_AreRejectedAtTheOverrideInterval()
    {
        Only(Calendar("""
            "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]},
            "overrides": [
              {"date": "2025-12-23", "closed": true},
              {"date": "2025-12-24", "hours": [{"start": "08:00", "end": "10:00"}, {"start": "09:30", "end": "12:00"}]}
            ]
            """)).Should().Be((CalendarErrors.HoursOverlap, "$.calendars[0].overrides[1].hours[1]"));
    }

    [Fact]
    public void Parse_CalendarWithNoOpenTime_IsReportedAtTheCalendar()
    {
        Only("""{"calendars": [{"id": "c", "timeZone": "UTC", "weeklyHours": {}}]}""").Should()
            .Be((CalendarErrors.NoOpenTime, "$.calendars[0]"));
        Only("""{"calendars": [{"id": "c", "timeZone": "UTC", "overrides": [{"date": "2025-12-24", "hours": [{"start": "09:00", "end": "12:00"}]}]}]}""").Should()
            .Be((CalendarErrors.NoWeeklyHours, "$.calendars[0]"));
    }

    [Fact]
    public void Parse_HoursLeftOutForTheirOwnProblem_DoNotAlsoReportNoOpenTime()
    {
        Only(Monday("""{"start": "9am", "end": "17:00"}""")).Code.Should().Be(CalendarJsonProblemCodes.InvalidTime);
        Only(Calendar("\"weeklyHours\": null")).Code.Should().Be(JsonProblemCodes.WrongType);
    }

    [Fact]
    public void Parse_HoursMorePreciseThanATick_AreReportedAtTheInterval()
    {
        Only(Monday("""{"start": "09:00:00.000000001", "end": "17:00"}""")).Should()
            .Be((CalendarErrors.HoursTooPrecise, "$.calendars[0].weeklyHours.monday[0]"));
    }

    [Fact]
    public void Parse_DuplicateOverrideDate_IsReportedAtTheSecond()
    {
        var problem = ProblemsOf(Calendar("""
            "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]},
            "overrides": [{"date": "2025-12-24", "closed": true}, {"date": "2025-12-24", "hours": [{"start": "09:00", "end": "12:00"}]}]
            """)).Single();

        problem.Code.Should().Be(CalendarJsonProblemCodes.DuplicateOverride);
        problem.Path.Should().Be("$.calendars[0].overrides[1].date");
        problem.Message.Should().Be("2025-12-24 already has an override at $.calendars[0].overrides[0]; a date has one override (list several hours in it).");
    }

    [Theory]
    [InlineData("""{"date": "2025-12-24", "closed": true, "hours": [{"start": "09:00", "end": "12:00"}]}""", "$.calendars[0].overrides[0].closed")]
    [InlineData("""{"date": "2025-12-24"}""", "$.calendars[0].overrides[0]")]
    [InlineData("""{"date": "2025-12-24", "closed": false}""", "$.calendars[0].overrides[0].closed")]
    [InlineData("""{"date": "2025-12-24", "hours": []}""", "$.calendars[0].overrides[0].hours")]
    public void Parse_OverrideNeitherClosedNorWithHours_IsInvalid(string value, string path)
    {
        Only(Calendar($$"""
            "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}, "overrides": [{{value}}]
            """)).Should().Be((CalendarJsonProblemCodes.InvalidOverride, path));
    }

    [Fact]
    public void Parse_UnknownHolidaySetReference_IsReported()
    {
        Only("""
            {"holidaySets": [{"name": "us-federal"}],
             "calendars": [{"id": "c", "timeZone": "UTC", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]},
                            "holidaySets": ["us-federal", "us-fedreal"]}]}
            """).Should().Be((CalendarJsonProblemCodes.UnknownHolidaySet, "$.calendars[0].holidaySets[1]"));
    }

    [Fact]
    public void Parse_DuplicateCalendarIdOrSetName_IsReportedAtTheSecond()
    {
        ProblemsOf("""
            {"holidaySets": [{"name": "a"}, {"name": "a"}],
             "calendars": [{"id": "c", "timeZone": "UTC", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}},
                           {"id": "c", "timeZone": "UTC", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}}]}
            """).Select(p => (p.Code, p.Path, p.Message)).Should().Equal(
            (CalendarJsonProblemCodes.DuplicateId, "$.holidaySets[1].name", "The holiday-set name 'a' is already used in this document."),
            (CalendarJsonProblemCodes.DuplicateId, "$.calendars[1].id", "The calendar id 'c' is already used in this document."));
    }

    [Theory]
    [InlineData("""{"calendars": [{"id": " ", "timeZone": "UTC", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}}]}""", "$.calendars[0].id")]
    [InlineData("""{"holidaySets": [{"name": ""}]}""", "$.holidaySets[0].name")]
    public void Parse_BlankIdOrName_IsInvalid(string json, string path)
    {
        Only(json).Should().Be((CalendarJsonProblemCodes.InvalidId, path));
    }

    [Theory]
    [InlineData("""{"month": 13, "day": 1, "from": 2020}""", "$.holidaySets[0].yearly[0].month", "The month 13 is not 1 to 12.")]
    [InlineData("""{"month": 2, "day": 30, "from": 2020}""", "$.holidaySets[0].yearly[0].day", "Month 2 has no day 30.")]
    [InlineData("""{"month": 4, "day": 0, "from": 2020}""", "$.holidaySets[0].yearly[0].day", "Month 4 has no day 0.")]
    [InlineData("""{"month": 7, "day": 4, "from": 10000}""", "$.holidaySets[0].yearly[0].from", "The year 10000 is not -9998 to 9999.")]
    [InlineData("""{"month": 7, "day": 4, "from": 2020, "until": 2019}""", "$.holidaySets[0].yearly[0].until", "The last year 2019 is not 2020 (the first year) to 9999.")]
    public void Parse_YearlyHolidayThatCannotOccur_IsInvalid(string rule, string path, string message)
    {
        ProblemsOf($$"""{"holidaySets": [{"name": "s", "yearly": [{{rule}}]}]}""").Should().ContainSingle()
            .Which.Should().Match<InputProblem>(p => p.Code == CalendarJsonProblemCodes.InvalidYearlyHoliday && p.Path == path && p.Message == message);
    }

    [Fact]
    public void Parse_YearlyOn29February_IsValid()
    {
        CalendarJson.Parse("""{"holidaySets": [{"name": "s", "yearly": [{"month": 2, "day": 29, "from": 2024, "until": 2032}]}]}""")
            .Value.HolidaySets[0].Yearly.Should().ContainSingle().Which.LastYear.Should().Be(2032);
    }

    [Theory]
    [InlineData("""{"id": "c", "timeZone": "UTC", "weeklyHour": {}}""", "$.calendars[0].weeklyHour", "did you mean 'weeklyHours'?")]
    [InlineData("""{"id": "c", "timeZone": "UTC", "weeklyHours": {"Monday": []}}""", "$.calendars[0].weeklyHours.Monday", "did you mean 'monday'?")]
    [InlineData("""{"id": "c", "timeZone": "UTC", "weeklyHours": {"mon": []}}""", "$.calendars[0].weeklyHours.mon", "the known ones are: monday, tuesday, wednesday, thursday, friday, saturday, sunday.")]
    [InlineData("""{"id": "c", "timeZone": "UTC", "overrides": [{"date": "2025-12-24", "close": true}]}""", "$.calendars[0].overrides[0].close", "did you mean 'closed'?")]
    public void Parse_UnknownProperty_IsReportedWithTheNearestKnownName(string calendar, string path, string hint)
    {
        var unknown = ProblemsOf($$"""{"calendars": [{{calendar}}]}""").Where(p => p.Code == JsonProblemCodes.UnknownProperty).ToArray();

        unknown.Should().ContainSingle().Which.Path.Should().Be(path);
        unknown[0].Message.Should().EndWith(hint);
    }

    [Fact]
    public void Parse_MissingRequiredProperties_AreReportedAtTheObject()
    {
        ProblemsOf("""{"calendars": [{"weeklyHours": {"monday": [{"start": "09:00"}]}}]}""").Select(p => (p.Code, p.Path)).Should().Equal(
            (JsonProblemCodes.MissingProperty, "$.calendars[0].id"),
            (JsonProblemCodes.MissingProperty, "$.calendars[0].timeZone"),
            (JsonProblemCodes.MissingProperty, "$.calendars[0].weeklyHours.monday[0].end"));
    }

    [Theory]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("""{"calendars": {}}""", "$.calendars")]
    [InlineData("""{"calendars": [null]}""", "$.calendars[0]")]
    [InlineData("""{"calendars": [{"id": 7, "timeZone": "UTC", "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}}]}""", "$.calendars[0].id")]
    [InlineData("""{"holidaySets": [{"name": "s", "dates": "2025-12-25"}]}""", "$.holidaySets[0].dates")]
    [InlineData("""{"holidaySets": [{"name": "s", "yearly": [{"month": "7", "day": 4, "from": 2020}]}]}""", "$.holidaySets[0].yearly[0].month")]
    [InlineData("""{"holidaySets": [{"name": "s", "yearly": [{"month": 7.5, "day": 4, "from": 2020}]}]}""", "$.holidaySets[0].yearly[0].month")]
    [InlineData("""{"holidaySets": [{"name": "s", "yearly": [{"month": 1e400, "day": 4, "from": 2020}]}]}""", "$.holidaySets[0].yearly[0].month")]
    [InlineData("""{"$schema": 1}""", "$.$schema")]
    public void Parse_WrongType_IsReportedAtTheValue(string json, string path)
    {
        Only(json).Should().Be((JsonProblemCodes.WrongType, path));
    }

    [Fact]
    public void Parse_DuplicateKey_IsReported()
    {
        Only(Calendar("""
            "weeklyHours": {"monday": [{"start": "09:00", "end": "17:00"}]}, "timeZone": "Europe/Paris"
            """)).Should().Be((JsonProblemCodes.DuplicateProperty, "$.calendars[0].timeZone"));
    }

    [Fact]
    public void Parse_SyntaxError_IsOneProblemWithLineAndColumn()
    {
        var problem = ProblemsOf("{\n  \"calendars\": [\n    {\"id\": \"c\",}\n  ]\n}").Single();

        problem.Code.Should().Be(JsonProblemCodes.Syntax);
        (problem.Line, problem.Column).Should().Be((3, 16));
    }

    [Fact]
    public void Parse_DocumentWithManyProblems_ReportsEveryOneInDocumentOrder()
    {
        const string json = """
            {
              "holidaySets": [
                { "name": "us", "dates": ["2025-13-01"], "yearly": [{ "month": 2, "day": 30, "from": 2020 }] }
              ],
              "calendars": [
                {
                  "id": "ny",
                  "timeZone": "America/Nowhere",
                  "weeklyHours": {
                    "monday": [{ "start": "09:00", "end": "13:00" }, { "start": "12:00", "end": "17:00" }],
                    "tuesday": [{ "start": "24:00", "end": "17:00" }],
                    "funday": []
                  },
                  "holidays": ["someday"],
                  "holidaySets": ["eu"],
                  "overrides": [
                    { "date": "2025-12-24", "closed": true },
                    { "date": "2025-12-24", "closed": true }
                  ]
                },
                { "id": "ny", "timeZone": "UTC", "weeklyHours": { "monday": [{ "start": "09:00", "end": "17:00" }] }, "colour": "red" }
              ]
            }
            """;

        ProblemsOf(json).Select(p => (p.Code, p.Path, p.Line)).Should().Equal(
            (CalendarJsonProblemCodes.InvalidDate, "$.holidaySets[0].dates[0]", 3),
            (CalendarJsonProblemCodes.InvalidYearlyHoliday, "$.holidaySets[0].yearly[0].day", 3),
            (CalendarJsonProblemCodes.UnknownTimeZone, "$.calendars[0].timeZone", 8),
            (CalendarErrors.HoursOverlap, "$.calendars[0].weeklyHours.monday[1]", 10),
            (CalendarJsonProblemCodes.InvalidTime, "$.calendars[0].weeklyHours.tuesday[0].start", 11),
            (JsonProblemCodes.UnknownProperty, "$.calendars[0].weeklyHours.funday", 12),
            (CalendarJsonProblemCodes.InvalidDate, "$.calendars[0].holidays[0]", 14),
            (CalendarJsonProblemCodes.UnknownHolidaySet, "$.calendars[0].holidaySets[0]", 15),
            (CalendarJsonProblemCodes.DuplicateOverride, "$.calendars[0].overrides[1].date", 18),
            (CalendarJsonProblemCodes.DuplicateId, "$.calendars[1].id", 21),
            (JsonProblemCodes.UnknownProperty, "$.calendars[1].colour", 21));
    }
}
