using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Contracts.ContractTime;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The contract of <see cref="IEscalationRepository"/>: the shared clauses, the two uniqueness rules, and its two lists.</summary>
internal static class EscalationRepositoryClauses
{
    private const string WriterMetric = "contract-writer-";

    internal static EscalationPort Port { get; } = new();

    private static readonly GroupId Support = GroupId.New();

    private static readonly SlaWarningThreshold Threshold = SlaWarningThreshold.PercentOfTarget(75);

    public static IReadOnlyList<Clause<IEscalationRepository>> All { get; } =
    [
        .. AggregateClauses.For(Port),
        new("escalation.add.open_key_taken", "Adding an escalation while another open escalation of the ticket has the same target and reason throws ConcurrencyConflictException and writes nothing; once that one is closed, it can be added.", OpenKeyTakenAsync),
        new("escalation.add.step_key_taken", "Adding an escalation for a policy step another escalation holds, open or closed, throws ConcurrencyConflictException and writes nothing.", StepKeyTakenOnAddAsync),
        new("escalation.save.step_key_taken", "Saving an escalation that absorbed a policy step another escalation holds throws ConcurrencyConflictException and writes nothing.", StepKeyTakenOnSaveAsync),
        new("escalation.list_for_ticket", "ListForTicketAsync returns every escalation of the ticket, open and closed, as stored now, in the order raised, and none of another ticket's.", ListForTicketAsync),
        new("escalation.list_pending_notifications", "ListWithPendingNotificationsAsync returns the escalations with a notification still to send, oldest first, at most the limit; one whose notifications were all sent is not listed.", ListPendingNotificationsAsync),
    ];

    /// <summary>An escalation an agent raised by hand, at level 1, from the support group.</summary>
    private static Escalation Raise(TicketId ticketId, EscalationTarget to, EscalationReason reason, Instant at, EscalationNote? note = null) =>
        TicketEscalations.None(ticketId).Raise(EscalationId.New(), EscalationKind.Hierarchical, new EscalationLevel(1), EscalationTarget.Group(Support), to, reason, AgentId.New(), at, note);

    /// <summary>A policy step of the ticket: a 75% warning to the team lead, or a breach to the director.</summary>
    private static PlannedEscalation Step(TicketId ticketId, string metricId, int level, Instant at, bool breach = false, EscalationNotification? notification = null)
    {
        var escalationLevel = new EscalationLevel(level);
        var rule = breach
            ? EscalationRule.OnBreach(escalationLevel, EscalationKind.Hierarchical, EscalationTarget.Director)
            : EscalationRule.OnWarning(Threshold, escalationLevel, EscalationKind.Hierarchical, EscalationTarget.TeamLead);
        SlaFact fact = breach ? new SlaBreached(metricId, 1, "contract", 1, at) : new SlaWarningReached(metricId, 1, "contract", 1, at, Threshold);
        return new PlannedEscalation(
            new EscalationKey(ticketId, metricId, 1, "contract", escalationLevel),
            notification is null ? rule : rule.WithNotification(notification),
            fact,
            at);
    }

    private static Escalation RaiseFor(PlannedEscalation step) =>
        TicketEscalations.None(step.TicketId).RaiseFor(EscalationId.New(), step, EscalationTarget.Group(Support));

    private static async Task ExpectNotStoredAsync(ClauseContext<IEscalationRepository> context, Escalation escalation, string name)
    {
        var stored = await context.Do($"loading {name}", ct => context.Open().LoadAsync(escalation.Id, ct)).ConfigureAwait(false);
        Expect.That(stored is null, $"{name} not stored by the refused add", () => Differences.Invariant($"it was stored, at version {stored!.Version}"));
    }

    private static async Task OpenKeyTakenAsync(ClauseContext<IEscalationRepository> context)
    {
        var ticket = TicketId.New();
        var open = Raise(ticket, EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(0));
        await Port.AddAllAsync(context, (open, "an open escalation to the team lead for risk")).ConfigureAwait(false);

        var twin = Raise(ticket, EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(1));
        await Expect.ConflictAsync(
            context,
            "adding a second open escalation of the ticket to the team lead for risk (raised by a worker that had not seen the first)",
            ct => context.Open().AddAsync(twin, ct),
            "ConcurrencyConflictException: an open escalation has that target and reason").ConfigureAwait(false);
        await ExpectNotStoredAsync(context, twin, "the second escalation").ConfigureAwait(false);

        await Port.AddAllAsync(
            context,
            (Raise(ticket, EscalationTarget.Manager, EscalationReason.SlaAtRisk, At(2)), "an open escalation of the ticket to another target"),
            (Raise(ticket, EscalationTarget.TeamLead, EscalationReason.Complaint, At(3)), "an open escalation of the ticket for another reason"),
            (Raise(TicketId.New(), EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(4)), "an open escalation of another ticket to the same target for the same reason")).ConfigureAwait(false);
        await Port.ChangeAsync(context, open.Id, "the first escalation, cancelled", e => e.Cancel(At(5))).ConfigureAwait(false);
        await Port.AddAllAsync(context, (twin, "the second escalation once the first is closed")).ConfigureAwait(false);
    }

    private static async Task StepKeyTakenOnAddAsync(ClauseContext<IEscalationRepository> context)
    {
        var ticket = TicketId.New();
        var step = Step(ticket, SlaMetric.FirstReply.Id, 1, At(0));
        var first = RaiseFor(step);
        await Port.AddAllAsync(context, (first, "the escalation of a policy step")).ConfigureAwait(false);
        await Port.ChangeAsync(context, first.Id, "that escalation, resolved", e =>
        {
            e.Acknowledge(AgentId.New(), At(1));
            e.Resolve(At(2));
        }).ConfigureAwait(false);

        var again = RaiseFor(step);
        await Expect.ConflictAsync(
            context,
            "adding another escalation for the same policy step, after the first was resolved",
            ct => context.Open().AddAsync(again, ct),
            "ConcurrencyConflictException: the step has fired (step keys stay taken after the escalation closes)").ConfigureAwait(false);
        await ExpectNotStoredAsync(context, again, "the second escalation").ConfigureAwait(false);
    }

    private static async Task StepKeyTakenOnSaveAsync(ClauseContext<IEscalationRepository> context)
    {
        var ticket = TicketId.New();
        var step = Step(ticket, SlaMetric.Resolution.Id, 1, At(0));
        var holder = RaiseFor(step);
        await Port.AddAllAsync(context, (holder, "the escalation of a policy step")).ConfigureAwait(false);
        await Port.ChangeAsync(context, holder.Id, "that escalation, cancelled", e => e.Cancel(At(1))).ConfigureAwait(false);
        var manual = Raise(ticket, EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(2));
        await Port.AddAllAsync(context, (manual, "an escalation raised by hand to the same target for the same reason")).ConfigureAwait(false);

        var (repository, loaded) = await Port.CheckOutAsync(context, manual.Id, "the escalation raised by hand").ConfigureAwait(false);
        var version = loaded.Version;
        loaded.Absorb(step, At(3));
        await Expect.ConflictAsync(
            context,
            "saving the escalation raised by hand after it absorbed the step the other one holds",
            ct => repository.SaveAsync(loaded, version, ct),
            "ConcurrencyConflictException: the step has fired in another escalation").ConfigureAwait(false);

        var stored = await Port.LoadExistingAsync(context, manual.Id, "the escalation raised by hand").ConfigureAwait(false);
        Expect.That(
            stored.Version == version && !stored.StepKeys.Contains(step.Key),
            Differences.Invariant($"the escalation as it was (version {version}, without the step)"),
            () => Differences.Invariant($"version {stored.Version}, {(stored.StepKeys.Contains(step.Key) ? "holding" : "without")} the step"));
    }

    private static async Task ListForTicketAsync(ClauseContext<IEscalationRepository> context)
    {
        var ticket = TicketId.New();
        var labels = new Labels<EscalationId>();
        var first = Raise(ticket, EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(0));
        var second = Raise(ticket, EscalationTarget.Manager, EscalationReason.Complaint, At(30));
        var other = Raise(TicketId.New(), EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(-30));
        labels.Name(first.Id, "first raised");
        labels.Name(second.Id, "second raised");
        labels.Name(other.Id, "another ticket's");
        await Port.AddAllAsync(context, (second, "the second escalation"), (other, "another ticket's escalation"), (first, "the first escalation")).ConfigureAwait(false);
        var closed = await Port.ChangeAsync(context, first.Id, "the first escalation, cancelled", e => e.Cancel(At(40))).ConfigureAwait(false);

        var listed = await context.Do("listing the ticket's escalations", ct => context.Open().ListForTicketAsync(ticket, ct)).ConfigureAwait(false);

        Expect.That(
            listed.Select(e => e.Id).SequenceEqual([first.Id, second.Id]),
            "first raised, second raised",
            () => labels.Of(listed.Select(e => e.Id)));
        Port.ExpectSame(closed, listed[0], "the first escalation, closed after it was added, as listed");
        var none = await context.Do("listing the escalations of a ticket with none", ct => context.Open().ListForTicketAsync(TicketId.New(), ct)).ConfigureAwait(false);
        Expect.That(none.Count == 0, "no escalations for a ticket with none", () => labels.Of(none.Select(e => e.Id)));
    }

    private static async Task ListPendingNotificationsAsync(ClauseContext<IEscalationRepository> context)
    {
        var labels = new Labels<EscalationId>();
        var notify = new EscalationNotification("sla-warning");
        Escalation Named(string name, Escalation escalation)
        {
            labels.Name(escalation.Id, name);
            return escalation;
        }

        var older = Named("pending, raised first", RaiseFor(Step(TicketId.New(), SlaMetric.FirstReply.Id, 1, At(0), notification: notify)));
        var newer = Named("pending, raised later", RaiseFor(Step(TicketId.New(), SlaMetric.FirstReply.Id, 1, At(60), notification: notify)));
        var silent = Named("without a notification", RaiseFor(Step(TicketId.New(), SlaMetric.FirstReply.Id, 1, At(-60))));
        var sentStep = Step(TicketId.New(), SlaMetric.FirstReply.Id, 1, At(-30), notification: notify);
        var sent = Named("notification sent", RaiseFor(sentStep));
        await Port.AddAllAsync(context, (newer, "an escalation with a notification to send"), (silent, "an escalation without one"), (sent, "an escalation whose notification will be sent"), (older, "an older escalation with a notification to send")).ConfigureAwait(false);
        await Port.ChangeAsync(context, sent.Id, "the escalation whose notification was sent", e => e.RecordNotificationSent(sentStep.Key, At(-29))).ConfigureAwait(false);

        foreach (var (limit, expected) in new (int, Escalation[])[] { (10, [older, newer]), (1, [older]) })
        {
            var listed = await context.Do(
                Differences.Invariant($"listing the escalations with pending notifications (limit {limit})"),
                ct => context.Open().ListWithPendingNotificationsAsync(limit, ct)).ConfigureAwait(false);
            Expect.That(
                listed.Select(e => e.Id).SequenceEqual(expected.Select(e => e.Id)),
                Differences.Invariant($"with limit {limit}: {labels.Of(expected.Select(e => e.Id))}"),
                () => labels.Of(listed.Select(e => e.Id)));
            Port.ExpectSame(older, listed[0], "the older pending escalation, as listed");
        }
    }

    /// <summary><see cref="IEscalationRepository"/> for the shared clauses, with escalations that hold every kind of escalation event.</summary>
    internal sealed class EscalationPort : AggregatePort<IEscalationRepository, Escalation, EscalationId>
    {
        public EscalationPort()
            : base("escalation", EscalationId.New, (r, id, ct) => r.LoadAsync(id, ct), (r, a, ct) => r.AddAsync(a, ct), (r, a, v, ct) => r.SaveAsync(a, v, ct))
        {
        }

        public override Escalation Simple() => Raise(TicketId.New(), EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, At(0));

        /// <summary>Absorbs a step of its own (a made-up metric per writer): one event, repeatable, on any open escalation to the team lead for risk.</summary>
        public override void Change(Escalation aggregate, int writer) =>
            aggregate.Absorb(Step(aggregate.TicketId, WriterMetric + writer.ToString(CultureInfo.InvariantCulture), 1, aggregate.LastChangedAt), aggregate.LastChangedAt);

        public override int? WriterOf(Escalation aggregate) =>
            aggregate.StepKeys.LastOrDefault(k => k.MetricId.StartsWith(WriterMetric, StringComparison.Ordinal)) is { MetricId: { } metric }
                ? int.Parse(metric.AsSpan(WriterMetric.Length), CultureInfo.InvariantCulture)
                : null;

        public override IReadOnlyList<ContractSample<Escalation>> Samples()
        {
            var (resolvedTicket, policyTicket, returnedTicket, breachTicket) = (TicketId.New(), TicketId.New(), TicketId.New(), TicketId.New());
            var (resolved, returned) = (EscalationId.New(), EscalationId.New());
            var (agent, otherAgent, billing) = (AgentId.New(), AgentId.New(), GroupId.New());
            var firstStep = Step(policyTicket, SlaMetric.FirstReply.Id, 1, At(0), notification: new EscalationNotification("sla-warning", EscalationTarget.Manager));
            var secondStep = Step(policyTicket, SlaMetric.FirstReply.Id, 2, At(5), notification: new EscalationNotification("sla-warning-late"));
            var breachStep = Step(breachTicket, SlaMetric.Resolution.Id, 1, At(0), breach: true, notification: new EscalationNotification("sla-breach"));
            var (policyId, breachId) = (EscalationId.New(), EscalationId.New());
            return
            [
                new(
                    "the escalation acknowledged and resolved",
                    () => TicketEscalations.None(resolvedTicket).Raise(
                        resolved, EscalationKind.Functional, new EscalationLevel(1), EscalationTarget.Group(Support), EscalationTarget.Group(billing),
                        EscalationReason.Complexity, agent, At(0), EscalationNote.Create("Contract note: a billing question")),
                    e => e.Acknowledge(otherAgent, At(5)),
                    e => e.Resolve(At(30), EscalationNote.Create("Contract note: refunded"))),
                new(
                    "the escalation a policy raised, with a step absorbed, a notification sent and one pending",
                    () => TicketEscalations.None(policyTicket).RaiseFor(policyId, firstStep, EscalationTarget.Agent(agent)),
                    e => e.Absorb(secondStep, At(10)),
                    e => e.RecordNotificationSent(firstStep.Key, At(11)),
                    e => e.Cancel(At(12), EscalationNote.Create("Contract note: the ticket was solved"))),
                new(
                    "the escalation returned",
                    () => TicketEscalations.None(returnedTicket).Raise(
                        returned, EscalationKind.Hierarchical, new EscalationLevel(2), EscalationTarget.Assignee, EscalationTarget.Manager,
                        EscalationReason.CustomerRequest, agent, At(0)),
                    e => e.Return(EscalationNote.Create("Contract note: wrong team"), At(3))),
                new(
                    "the open escalation of a breach",
                    () => TicketEscalations.None(breachTicket).RaiseFor(breachId, breachStep, EscalationTarget.Group(Support))),
            ];
        }

        protected override IEnumerable<string> StateDifferences(Escalation expected, Escalation found) =>
            Differences.OfHistories(expected.History, found.History);
    }
}
