using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Contracts.ContractTime;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The contract of <see cref="ISurveyResponseRepository"/>: the shared clauses, the uniqueness of the response key, and a ticket's responses.</summary>
internal static class SurveyResponseRepositoryClauses
{
    internal static SurveyResponsePort Port { get; } = new();

    public static IReadOnlyList<Clause<ISurveyResponseRepository>> All { get; } =
    [
        .. AggregateClauses.For(Port),
        new("survey_response.add.key_taken", "Adding a response with the key (ticket, kind, solve cycle) of a stored one throws ConcurrencyConflictException and writes nothing; another kind, another cycle or no ticket does not conflict.", KeyTakenAsync),
        new("survey_response.list_for_ticket", "ListForTicketAsync returns every response about the ticket, as stored now, in the order sent, and none about another ticket.", ListForTicketAsync),
    ];

    private static SurveyResponse Send(SurveyDefinition definition, TicketId? ticketId, int cycle, Instant at) =>
        SurveyResponse.Send(SurveyResponseId.New(), definition, CustomerId.New(), ticketId, cycle, null, at);

    private static async Task KeyTakenAsync(ClauseContext<ISurveyResponseRepository> context)
    {
        var ticket = TicketId.New();
        await Port.AddAllAsync(context, (Send(SurveyDefinition.Csat, ticket, 1, At(0)), "a CSAT response for the ticket's first solve")).ConfigureAwait(false);

        var twin = Send(SurveyDefinition.Csat, ticket, 1, At(1));
        await Expect.ConflictAsync(
            context,
            "adding a second CSAT response for the ticket's first solve",
            ct => context.Open().AddAsync(twin, ct),
            "ConcurrencyConflictException: a response has that key").ConfigureAwait(false);
        var stored = await context.Do("loading the second response", ct => context.Open().LoadAsync(twin.Id, ct)).ConfigureAwait(false);
        Expect.That(stored is null, "the second response not stored by the refused add", () => "it was stored");

        await Port.AddAllAsync(
            context,
            (Send(SurveyDefinition.Nps, ticket, 1, At(2)), "an NPS response for the same solve"),
            (Send(SurveyDefinition.Csat, ticket, 2, At(3)), "a CSAT response for the ticket's second solve"),
            (Send(SurveyDefinition.Csat, null, 0, At(4)), "a CSAT response about no ticket"),
            (Send(SurveyDefinition.Csat, null, 0, At(5)), "another CSAT response about no ticket")).ConfigureAwait(false);
    }

    private static async Task ListForTicketAsync(ClauseContext<ISurveyResponseRepository> context)
    {
        var ticket = TicketId.New();
        var labels = new Labels<SurveyResponseId>();
        var first = Send(SurveyDefinition.Csat, ticket, 1, At(0));
        var second = Send(SurveyDefinition.Nps, ticket, 1, At(60));
        var other = Send(SurveyDefinition.Csat, TicketId.New(), 1, At(-60));
        labels.Name(first.Id, "sent first");
        labels.Name(second.Id, "sent later");
        labels.Name(other.Id, "about another ticket");
        await Port.AddAllAsync(context, (second, "the response sent later"), (other, "a response about another ticket"), (first, "the response sent first")).ConfigureAwait(false);
        var answered = await Port.ChangeAsync(context, first.Id, "the response sent first", r => r.Answer(5, At(90))).ConfigureAwait(false);

        var listed = await context.Do("listing the ticket's responses", ct => context.Open().ListForTicketAsync(ticket, ct)).ConfigureAwait(false);

        Expect.That(
            listed.Select(r => r.Id).SequenceEqual([first.Id, second.Id]),
            "sent first, sent later",
            () => labels.Of(listed.Select(r => r.Id)));
        Port.ExpectSame(answered, listed[0], "the response sent first, answered after it was added, as listed");
        var none = await context.Do("listing the responses of a ticket with none", ct => context.Open().ListForTicketAsync(TicketId.New(), ct)).ConfigureAwait(false);
        Expect.That(none.Count == 0, "no responses for a ticket with none", () => labels.Of(none.Select(r => r.Id)));
    }

    /// <summary><see cref="ISurveyResponseRepository"/> for the shared clauses, with responses that hold every kind of survey event.</summary>
    internal sealed class SurveyResponsePort : AggregatePort<ISurveyResponseRepository, SurveyResponse, SurveyResponseId>
    {
        public SurveyResponsePort()
            : base("survey response", SurveyResponseId.New, (r, id, ct) => r.LoadAsync(id, ct), (r, a, ct) => r.AddAsync(a, ct), (r, a, v, ct) => r.SaveAsync(a, v, ct))
        {
        }

        public override SurveyResponse Simple() => Send(SurveyDefinition.Nps, TicketId.New(), 1, At(0));

        /// <summary>Answers with the writer's number as the score (NPS, 0 to 10): the first answer, or a revision.</summary>
        public override void Change(SurveyResponse aggregate, int writer) => aggregate.Answer(writer, aggregate.LastChangedAt);

        public override int? WriterOf(SurveyResponse aggregate) => aggregate.Score;

        public override IReadOnlyList<ContractSample<SurveyResponse>> Samples()
        {
            var (revised, noTicket, unanswered) = (SurveyResponseId.New(), SurveyResponseId.New(), SurveyResponseId.New());
            var (customer, ticket, otherTicket, agent) = (CustomerId.New(), TicketId.New(), TicketId.New(), AgentId.New());
            return
            [
                new(
                    "the response answered, revised, and with its comment erased",
                    () => SurveyResponse.Send(revised, SurveyDefinition.Csat, customer, ticket, 1, agent, At(0)),
                    r => r.Answer(4, At(60), SurveyComment.Create("Contract comment: quick and kind")),
                    r => r.Answer(2, At(120), SurveyComment.Create("Contract comment: it broke again")),
                    r => r.EraseComment(At(180))),
                new(
                    "the response about no ticket",
                    () => SurveyResponse.Send(noTicket, new SurveyDefinition(SurveyScale.Nps, Duration.FromDays(7)), customer, null, 0, null, At(0)),
                    r => r.Answer(9, At(30), SurveyComment.Create("Contract comment: would recommend"))),
                new(
                    "the unanswered response with its own window that closes with the ticket",
                    () => SurveyResponse.Send(unanswered, new SurveyDefinition(SurveyScale.Ces, Duration.FromDays(3), closesWithTicket: true), customer, otherTicket, 2, agent, At(0))),
            ];
        }

        protected override IEnumerable<string> StateDifferences(SurveyResponse expected, SurveyResponse found) =>
            Differences.OfHistories(expected.History, found.History);
    }
}
