namespace CustomerService.Core.Sla.Evaluation;

/// <summary>Which state of a report: a clock, a cycle of it, and (under <see cref="SlaRetargeting.Restart"/>) which restart.</summary>
internal readonly record struct SlaStateKey(int Clock, int Cycle, int Period);
