using System.Linq;

namespace CustomerService.Cli.Tests;

/// <summary>
/// Ticket and survey lines for the tests. <see cref="Example"/> is the worked example of docs/file-formats.md
/// (SLA-SEMANTICS.md §6 example 4 in New York): an enterprise customer writes on Friday 7 March 2025 at 16:00
/// EST, just before the weekend on which daylight saving time begins, and the reply comes on Monday at 09:40 EDT.
/// </summary>
internal static class TicketLines
{
    public const string TicketIdText = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public const string CustomerIdText = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    public const string AgentIdText = "9b2d4c1e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    // The subject and body are personal data: tests check no message ever repeats them.
    public const string Subject = "Cannot sign in as jane.doe@example.com";
    public const string Body = "My password for jane.doe@example.com is rejected.";

    public static string Example => Line(
        Opened(),
        $$"""{"type":"message","at":"2025-03-07T21:00:00Z","author":"customer","body":"{{Body}}"}""",
        $$"""{"type":"assignment-changed","at":"2025-03-07T21:05:00Z","toAgent":"{{AgentIdText}}"}""",
        $$"""{"type":"message","at":"2025-03-10T13:40:00Z","author":"agent","agent":"{{AgentIdText}}","body":"Reset it for you.","handleTime":"6m"}""",
        """{"type":"status-changed","at":"2025-03-10T13:40:00Z","from":"new","to":"open","trigger":"agent-message"}""",
        """{"type":"status-changed","at":"2025-03-10T15:00:00Z","from":"open","to":"solved","trigger":"command"}""");

    public static string Opened(string at = "2025-03-07T21:00:00Z") =>
        $$"""{"type":"opened","at":"{{at}}","customer":"{{CustomerIdText}}","channel":"email","priority":"high","subject":"{{Subject}}"}""";

    /// <summary>A ticket line of the example's customer with the given events.</summary>
    public static string Line(params string[] events) => TicketLine(TicketIdText, events);

    public static string TicketLine(string ticketId, params string[] events) =>
        $$"""{"ticket":"{{ticketId}}","tier":"enterprise","events":[{{string.Join(",", events)}}]}""";

    /// <summary>The example with another ticket id, <see cref="NumberedId"/>.</summary>
    public static string Numbered(int n) => Example.Replace(TicketIdText, NumberedId(n), System.StringComparison.Ordinal);

    /// <summary>A ticket id ending in <paramref name="n"/> in hexadecimal: <c>3f2504e0-4f89-41d3-9a0c-00000000002a</c>.</summary>
    public static string NumberedId(int n) => $"3f2504e0-4f89-41d3-9a0c-{n:x12}";

    /// <summary>A CSAT response about a ticket, attributed to the example's agent, answered with <paramref name="score"/>.</summary>
    public static string Csat(string ticketId, int score, string responseId = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f") =>
        $$"""{"response":"{{responseId}}","events":[{"type":"sent","at":"2025-03-10T16:00:00Z","scale":"csat-1-5","customer":"{{CustomerIdText}}","ticket":"{{ticketId}}","cycle":1,"agent":"{{AgentIdText}}"},{"type":"answered","at":"2025-03-10T18:00:00Z","score":{{score}}}]}""";

    public static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));
}
