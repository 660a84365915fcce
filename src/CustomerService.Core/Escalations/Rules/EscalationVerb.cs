namespace CustomerService.Core.Escalations.Rules;

/// <summary>Every command of an escalation after it is raised, as the lifecycle table sees it (one row each).</summary>
internal enum EscalationVerb
{
    Acknowledge,
    Resolve,
    Return,
    Cancel,
    Absorb,
}
