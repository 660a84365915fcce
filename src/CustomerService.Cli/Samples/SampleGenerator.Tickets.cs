using System;
using System.Collections.Generic;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Customers;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Cli.Samples;

/// <content>The life of one ticket, and the surveys sent when it is solved.</content>
internal sealed partial class SampleGenerator
{
    private const string Text = FileText.NotInFile;

    private static readonly string[] Comments = ["Quick and helpful.", "Solved on the first try.", "Took too long to hear back.", "Friendly agent.", "Still not sure it is fixed."];

    private SampleTicket Live(SampleRandom r, TicketId? previous)
    {
        var customer = Customer(r.Next(_customers));
        var arrival = Arrival(r, customer.Zone);
        var channel = r.Pick<Channel>(Channels);
        var priority = r.Pick<Priority>(Priorities);
        var category = r.Pick<string>(Categories);
        var team = category == "billing" ? _billing
            : priority == Priority.Urgent && !_support.Calendar.IsOpen(arrival) ? _nightDesk
            : _support;
        var agent = team.Pick(r);
        var id = new TicketId(r.NextGuid());
        var byPhone = channel == Channel.Phone && r.Chance(0.7);
        var ticket = byPhone
            ? Ticket.OpenByAgent(id, customer.Id, agent, channel, priority, Text, arrival)
            : Ticket.Open(id, customer.Id, channel, priority, Text, arrival);
        var story = new Story(ticket, Horizon, customer.Tier);
        story.Do(arrival, (t, at) => t.AddCustomerMessage(Text, at));
        if (channel == Channel.Email || channel == Channel.Web)
        {
            story.Do(arrival + Duration.FromSeconds(5), (t, at) => t.AddSystemMessage(Text, isPublic: true, at));
        }

        if (!byPhone && r.Chance(0.12))
        {
            // The customer adds something before anyone answered.
            story.Do(arrival + r.Between(Duration.FromMinutes(5), Duration.FromMinutes(30)), (t, at) => t.AddCustomerMessage(Text, at));
        }

        var triage = byPhone ? arrival : team.Calendar.Add(arrival, r.Between(Duration.FromMinutes(1), Duration.FromMinutes(15)));
        story.Do(triage, (t, at) => t.AssignTo(agent, team.Group, at));
        story.Do(triage, (t, at) => t.ChangeCategory(category, at));
        Triage(r, story, category, triage);
        if (previous is { } original && r.Chance(0.015))
        {
            story.Do(triage + Duration.FromMinutes(2), (t, at) => t.MergeInto(original, at));
            return story.Result();
        }

        var replyAt = byPhone
            ? arrival + r.LogNormal(Duration.FromMinutes(4), 0.5)
            : Max(team.Calendar.Add(arrival, r.LogNormal(FirstReplyMedian(story.Ticket.Priority, customer.Tier), 1.0)), triage);
        Reply(r, story, replyAt);
        if (byPhone && r.Chance(0.7))
        {
            Solve(r, story, story.Ticket.UpdatedAt);
        }
        else
        {
            Work(r, story, team);
        }

        return story.Result();
    }

    /// <summary>Tags, an occasional priority change: what a triage agent sets.</summary>
    private static void Triage(SampleRandom r, Story story, string category, Instant at)
    {
        var tags = new List<string>();
        if (r.Chance(0.04))
        {
            tags.Add("vip");
        }

        if ((category == "technical" && r.Chance(0.3)) || (category == "billing" && r.Chance(0.25)))
        {
            tags.Add(category == "technical" ? "bug" : "refund");
        }

        if (tags.Count > 0)
        {
            story.Do(at, (t, when) => t.AddTags(tags, when));
        }

        if (r.Chance(0.08))
        {
            var current = story.Ticket.Priority;
            var changed = current == Priority.Urgent || (current != Priority.Low && r.Chance(0.3)) ? current - 1 : current + 1;
            story.Do(at, (t, when) => t.ChangePriority(changed, when));
        }
    }

    /// <summary>The conversation after the first reply: on-hold periods, questions to the customer, then the solve, a reopen, the close.</summary>
    private void Work(SampleRandom r, Story story, Team team)
    {
        if (team == _billing && r.Chance(0.15))
        {
            // Handed to the payment provider (the sample's contract policy matches this field): on hold until it answers.
            story.Do(story.Ticket.UpdatedAt + Duration.FromMinutes(1), (t, at) => t.SetCustomField("escalated-to", CustomFieldValue.FromText("payment-provider"), at));
            Hold(r, story, team, Duration.FromHours(3));
        }
        else if (r.Chance(0.05))
        {
            Hold(r, story, team, Duration.FromHours(10));
        }

        if (r.Chance(0.2))
        {
            story.Do(story.Ticket.UpdatedAt + Duration.FromMinutes(2), (t, at) => t.AddAgentReply(story.Agent, Text, isPublic: false, at));
        }

        var rounds = r.Pick<int>([(0, 35), (1, 35), (2, 20), (3, 10)]);
        for (var round = 0; round < rounds; round++)
        {
            if (r.Chance(0.8))
            {
                story.Do(story.Ticket.UpdatedAt, (t, at) => t.ChangeStatus(TicketStatus.Pending, at));
            }

            story.Do(story.Ticket.UpdatedAt + r.LogNormal(Duration.FromHours(4), 1.2), (t, at) => t.AddCustomerMessage(Text, at));
            if (r.Chance(0.05))
            {
                var other = team.Pick(r);
                story.Do(story.Ticket.UpdatedAt + Duration.FromMinutes(10), (t, at) => t.AssignTo(other, team.Group, at));
            }

            Reply(r, story, team.Calendar.Add(story.Ticket.UpdatedAt, r.LogNormal(NextReplyMedian(story.Ticket.Priority), 1.0)));
        }

        if (r.Chance(0.15))
        {
            // Asked a last question and never heard back: solved after three days of waiting.
            story.Do(story.Ticket.UpdatedAt, (t, at) => t.ChangeStatus(TicketStatus.Pending, at));
            Solve(r, story, story.Ticket.UpdatedAt + Duration.FromDays(3));
        }
        else
        {
            Solve(r, story, story.Ticket.UpdatedAt + r.Between(Duration.Zero, Duration.FromMinutes(30)));
        }

        var reopenAfter = r.LogNormal(Duration.FromDays(1), 0.8);
        if (r.Chance(0.07) && reopenAfter < Duration.FromDays(4))
        {
            story.Do(story.Ticket.UpdatedAt + reopenAfter, (t, at) => t.AddCustomerMessage(Text, at));
            Reply(r, story, team.Calendar.Add(story.Ticket.UpdatedAt, r.LogNormal(NextReplyMedian(story.Ticket.Priority), 1.0)));
            Solve(r, story, story.Ticket.UpdatedAt + r.Between(Duration.Zero, Duration.FromMinutes(30)));
        }

        story.Do(story.Ticket.UpdatedAt + Duration.FromDays(4), (t, at) => t.Close(at));
    }

    /// <summary>On hold while another team or a vendor works, then back to Open with an update for the customer.</summary>
    private static void Hold(SampleRandom r, Story story, Team team, Duration median)
    {
        story.Do(story.Ticket.UpdatedAt, (t, at) => t.ChangeStatus(TicketStatus.OnHold, at));
        story.Do(team.Calendar.Add(story.Ticket.UpdatedAt, r.LogNormal(median, 0.8)), (t, at) => t.ChangeStatus(TicketStatus.Open, at));
        Reply(r, story, story.Ticket.UpdatedAt + r.Between(Duration.FromMinutes(1), Duration.FromMinutes(20)));
    }

    private static void Reply(SampleRandom r, Story story, Instant at)
    {
        var channel = story.Ticket.Channel;
        var handle = channel == Channel.Phone ? Duration.FromMinutes(9) : channel == Channel.Chat ? Duration.FromMinutes(6) : Duration.FromMinutes(7);
        var handleTime = r.LogNormal(handle, 0.5);
        story.Do(at, (t, when) => t.AddAgentReply(story.Agent, Text, isPublic: true, when, handleTime: handleTime));
    }

    private static void Solve(SampleRandom r, Story story, Instant at)
    {
        if (story.Do(at, (t, when) => t.Solve(when)))
        {
            Survey(r, story, SurveyDefinition.Csat, 0.7, 0.35, at + Duration.FromHours(1));
            Survey(r, story, SurveyDefinition.Nps, 0.3, 0.3, at + Duration.FromHours(2));
            Survey(r, story, SurveyDefinition.Ces, 0.15, 0.4, at + Duration.FromHours(1));
        }
    }

    /// <summary>Sends a survey about the solve just recorded and, sometimes, answers it (once in a while, twice).</summary>
    private static void Survey(SampleRandom r, Story story, SurveyDefinition definition, double sent, double answered, Instant sentAt)
    {
        if (!r.Chance(sent) || sentAt >= story.Horizon)
        {
            return;
        }

        var ticket = story.Ticket;
        var response = SurveyResponse.Send(new SurveyResponseId(r.NextGuid()), definition, ticket.CustomerId, ticket.Id, ticket.SolveCount, ticket.AssigneeId, sentAt);
        var answeredAt = sentAt + r.LogNormal(Duration.FromHours(3), 1.3);
        if (r.Chance(answered) && answeredAt < story.Horizon && answeredAt < sentAt + definition.ResponseWindow)
        {
            var score = Score(r, definition.Kind, story);
            response.Answer(score, answeredAt, r.Chance(0.1) ? SurveyComment.Create(Comments[r.Next(Comments.Length)]) : null);
            var revisedAt = answeredAt + r.LogNormal(Duration.FromHours(2), 1.0);
            if (r.Chance(0.03) && revisedAt < story.Horizon && revisedAt < sentAt + definition.ResponseWindow)
            {
                response.Answer(Math.Clamp(score + (score <= definition.Scale.Min ? 1 : -1), definition.Scale.Min, definition.Scale.Max), revisedAt);
            }
        }

        story.Surveys.Add(response);
    }

    /// <summary>
    /// A score with a plausible spread (CSAT mostly 4-5, NPS about +30, CES about 5 of 7), lower after a
    /// reopen or a long wait for the first reply.
    /// </summary>
    private static int Score(SampleRandom r, SurveyKind kind, Story story)
    {
        var unhappy = story.Ticket.SolveCount > 1 || story.SlowFirstReply;
        var score = kind switch
        {
            SurveyKind.Csat => r.Pick<int>([(5, 52), (4, 26), (3, 9), (2, 5), (1, 8)]),
            SurveyKind.Nps => r.Pick<int>([(10, 30), (9, 22), (8, 16), (7, 10), (6, 7), (5, 5), (4, 3), (3, 2), (2, 2), (1, 1), (0, 2)]),
            _ => r.Pick<int>([(7, 25), (6, 28), (5, 20), (4, 12), (3, 7), (2, 5), (1, 3)]),
        };
        var floor = kind == SurveyKind.Nps ? 0 : 1;
        return unhappy && r.Chance(0.4) ? Math.Max(floor, score - (kind == SurveyKind.Nps ? 2 : 1)) : score;
    }

    private static Duration FirstReplyMedian(Priority priority, CustomerTier tier)
    {
        var median = priority switch
        {
            Priority.Urgent => Duration.FromMinutes(25),
            Priority.High => Duration.FromMinutes(60),
            Priority.Normal => Duration.FromMinutes(150),
            _ => Duration.FromMinutes(300),
        };
        return tier.Name switch
        {
            "enterprise" => median / 2,
            "business" => median * 0.75,
            _ => median,
        };
    }

    private static Duration NextReplyMedian(Priority priority) => priority switch
    {
        Priority.Urgent => Duration.FromMinutes(30),
        Priority.High => Duration.FromMinutes(90),
        Priority.Normal => Duration.FromHours(3),
        _ => Duration.FromHours(6),
    };

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>
    /// A ticket being written: each step happens at its instant or later (never before the last event), and
    /// nothing happens at or after the end of the period: from there on the ticket stays as it is.
    /// </summary>
    private sealed class Story(Ticket ticket, Instant horizon, CustomerTier tier)
    {
        private bool _ended;

        public Ticket Ticket => ticket;

        public Instant Horizon => horizon;

        public List<SurveyResponse> Surveys { get; } = [];

        /// <summary>Gets the agent working the ticket: its assignee (the one who opened it, before assignment).</summary>
        public AgentId Agent => ticket.AssigneeId ?? ticket.OpenedByAgent!.Value;

        /// <summary>Gets whether the customer waited more than a day for the first reply.</summary>
        public bool SlowFirstReply
        {
            get
            {
                foreach (var message in ticket.Interactions)
                {
                    if (message.Author == AuthorKind.Agent && message.IsPublic)
                    {
                        return message.OccurredAt - ticket.OpenedAt > Duration.FromDays(1);
                    }
                }

                return true;
            }
        }

        public bool Do(Instant at, Action<Ticket, Instant> step)
        {
            at = at < ticket.UpdatedAt ? ticket.UpdatedAt : at;
            _ended |= at >= horizon || ticket.Status == TicketStatus.Closed;
            if (!_ended)
            {
                step(ticket, at);
            }

            return !_ended;
        }

        public SampleTicket Result() => new(new TicketRecord(ticket, tier, null), Surveys);
    }
}
