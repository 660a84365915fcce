using System.Linq;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Evaluation;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.Sla.Evaluation;

/// <summary>
/// The event signatures the replay uses to skip a clock: a clock is skipped only for signatures on which none of its
/// triggers can fire. (That skipping changes no report is checked by <c>SlaEnginePropertyTests</c>.)
/// </summary>
public sealed class EventViewTests
{
    private const int Pending = 1 << (int)TicketStatus.Pending;
    private const int PendingOrOnHold = Pending | (1 << (int)TicketStatus.OnHold);

    [Fact]
    public void Signatures_OfFirstReply_TakePublicMessagesAndTheEndOfTheTicket_NotInternalNotes()
    {
        var signatures = Signatures(SlaMetric.FirstReply, Pending);

        Fires(signatures, Message(AuthorKind.Agent, isPublic: true)).Should().BeTrue("a public reply stops the clock");
        Fires(signatures, Message(AuthorKind.Customer, isPublic: true)).Should().BeTrue("on a ticket an agent opened, the first public message starts it");
        Fires(signatures, Status(TicketStatus.Open, TicketStatus.Solved)).Should().BeTrue("solving the ticket cancels a running clock");
        Fires(signatures, Message(AuthorKind.Agent, isPublic: false)).Should().BeFalse("an internal note neither starts nor stops it");
        Fires(signatures, Message(AuthorKind.System, isPublic: true)).Should().BeFalse("automated messages do not count");
        Fires(signatures, Status(TicketStatus.New, TicketStatus.Open)).Should().BeFalse();
        Fires(signatures, Status(TicketStatus.Open, TicketStatus.Pending)).Should().BeFalse("first reply does not pause");
    }

    [Fact]
    public void Signatures_OfResolution_FollowThePauseSetsItsPoliciesCanHave()
    {
        var pendingOnly = Signatures(SlaMetric.Resolution, Pending);
        var withOnHold = Signatures(SlaMetric.Resolution, Pending, PendingOrOnHold);

        Fires(pendingOnly, Status(TicketStatus.Open, TicketStatus.Pending)).Should().BeTrue();
        Fires(pendingOnly, Status(TicketStatus.Pending, TicketStatus.Open)).Should().BeTrue();
        Fires(pendingOnly, Status(TicketStatus.Open, TicketStatus.OnHold)).Should().BeFalse("On-hold pauses only a policy that pauses in it");
        Fires(withOnHold, Status(TicketStatus.Open, TicketStatus.OnHold)).Should().BeTrue();
        Fires(withOnHold, Status(TicketStatus.OnHold, TicketStatus.Pending)).Should().BeTrue("from On-hold to Pending leaves one policy's pause set and enters the other's");
        Fires(withOnHold, Status(TicketStatus.New, TicketStatus.Open)).Should().BeFalse();
        Fires(withOnHold, Message(AuthorKind.Customer, isPublic: true)).Should().BeFalse("resolution does not read messages (a reopening is a status change)");
    }

    [Fact]
    public void Signatures_OfACustomFieldTrigger_TakeEveryKey()
    {
        // A signature does not hold the field's key: the clock is stepped on every custom field change, and the trigger decides.
        var signatures = EventView.Signatures([SlaTrigger.CustomFieldChanged("region")], [Pending]);
        var otherKey = new EventView(SlaTriggerKind.CustomFieldChanged, AuthorKind.Customer, afterFirstReply: false, fieldKey: "tier");

        Fires(signatures, otherKey).Should().BeTrue();
        Fires(signatures, new EventView(SlaTriggerKind.PriorityChanged, AuthorKind.Customer, afterFirstReply: false)).Should().BeFalse();
    }

    [Fact]
    public void SignatureIndex_OfAnEventNoTriggerReads_IsNone()
    {
        var tags = new EventView((SlaTriggerKind)(-1), AuthorKind.Customer, afterFirstReply: false);

        tags.SignatureIndex.Should().Be(-1);
        tags.Signature.Should().Be(0UL);
    }

    [Fact]
    public void SignatureIndex_DiffersForEveryAuthorVisibilityAndStatusPair()
    {
        var views = new[] { AuthorKind.Customer, AuthorKind.Agent, AuthorKind.System }
            .SelectMany(a => new[] { Message(a, isPublic: false), Message(a, isPublic: true) })
            .Concat(System.Enum.GetValues<TicketStatus>().SelectMany(f => System.Enum.GetValues<TicketStatus>().Select(t => Status(f, t))))
            .Concat(System.Enum.GetValues<SlaTriggerKind>()
                .Where(k => k is not SlaTriggerKind.MessageAdded and not SlaTriggerKind.StatusEntered)
                .Select(k => new EventView(k, AuthorKind.Customer, afterFirstReply: false)));

        var indices = views.Select(v => v.SignatureIndex).ToList();

        indices.Should().OnlyHaveUniqueItems();
        indices.Should().OnlyContain(i => i >= 0 && i < 64, "a signature is one bit of a 64-bit set");
    }

    private static ulong Signatures(SlaMetric metric, params int[] pauseMasks) =>
        EventView.Signatures([.. metric.StartWhen, .. metric.StopWhen, .. metric.PauseWhen, .. metric.ResumeWhen, .. metric.ResetWhen, .. metric.CancelWhen], pauseMasks);

    private static bool Fires(ulong signatures, EventView view) => (signatures & view.Signature) != 0;

    private static EventView Message(AuthorKind author, bool isPublic) =>
        new(SlaTriggerKind.MessageAdded, AuthorKind.Customer, afterFirstReply: true, author, isPublic);

    private static EventView Status(TicketStatus from, TicketStatus to) =>
        new(SlaTriggerKind.StatusEntered, AuthorKind.Customer, afterFirstReply: true, from: from, to: to);
}
