using CustomerService.Cli.Inputs;
using CustomerService.Core.Kpis;

namespace CustomerService.Cli.KpiReports;

/// <summary>What a KPI output shows: the report, and what it was computed from.</summary>
/// <param name="Analysis">The inputs: files, policies, the instant.</param>
/// <param name="Report">The KPIs.</param>
/// <param name="SurveyResponses">The number of survey responses read.</param>
internal sealed record KpiRun(Analysis Analysis, KpiReport Report, long SurveyResponses)
{
    public long Tickets => Report.Overall.TicketsCreated;
}
