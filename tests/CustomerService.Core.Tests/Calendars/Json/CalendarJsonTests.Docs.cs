using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.ICalendar;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private static string Doc(string name) => RepositoryRoot.ReadText("docs", name);

    [Fact]
    public void Docs_TheJsonExample_IsAValidDocument()
    {
        string example = Regex.Match(Doc("calendar-files.md"), "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var document = CalendarJson.Parse(example).Value;

        document.FindCalendar("support-ny")!.HolidaySets.Should().ContainSingle().Which.Name.Should().Be("us-federal");
    }

    [Fact]
    public void Docs_EveryProblemCode_IsInTheCodesTable()
    {
        string doc = Doc("calendar-files.md");
        var codes = new[] { typeof(InputProblemCodes), typeof(JsonProblemCodes), typeof(CalendarJsonProblemCodes), typeof(CalendarErrors), typeof(IcsProblemCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        codes.Should().HaveCountGreaterThan(25);
        codes.Should().OnlyContain(code => doc.Contains($"| `{code}` |"));
    }

    [Fact]
    public void Docs_TheSchema_IsJsonThatNamesEveryCalendarProperty()
    {
        using var schema = JsonDocument.Parse(Doc("calendar.schema.json"));
        var calendar = schema.RootElement.GetProperty("$defs").GetProperty("calendar").GetProperty("properties");

        calendar.EnumerateObject().Select(p => p.Name).Should().Equal("id", "timeZone", "weeklyHours", "holidays", "holidaySets", "overrides");
    }
}
