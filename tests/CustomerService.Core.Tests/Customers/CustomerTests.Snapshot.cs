using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Customers.CustomerFixture;

namespace CustomerService.Core.Tests.Customers;

public sealed partial class CustomerTests
{
    private static readonly ContactPoint[] SomeContactPoints =
        [JaneEmail, JanePhone, JaneHandle, EmailAddress.Create("someone.else@example.org")];

    private static readonly Channel[] SomeChannels = [Channel.Email, Channel.Phone, Channel.Messaging, Channel.SocialMedia];

    private static readonly string[] SomeZones = ["Europe/Berlin", "America/Los_Angeles", "UTC", "UTC+05:30"];

    // Every command of the customer; `a` (0..3) picks among a few arguments. Erase only for a == 3,
    // so most generated customers live a while before it.
    private static readonly Action<Customer, Instant, int>[] CustomerCommands =
    [
        (c, at, a) => c.Rename(CustomerName.Create(a % 2 == 0 ? "Jane Doe" : "Richard Roe"), at),
        (c, at, a) => c.AddContactPoint(SomeContactPoints[a], at),
        (c, at, a) => c.RemoveContactPoint(SomeContactPoints[a], at),
        (c, at, a) => c.SetPreferredChannel(SomeChannels[a], at),
        (c, at, _) => c.ClearPreferredChannel(at),
        (c, at, a) => c.ChangeTier(a % 2 == 0 ? Gold : CustomerTier.Create("enterprise"), at),
        (c, at, a) => c.SetLocale(Locale.Create(a % 2 == 0 ? "en-US" : "fr-CA"), at),
        (c, at, a) => c.SetTimeZone(SomeZones[a], at),
        (c, at, a) => c.SetRegion(Region.Create(a % 2 == 0 ? "US" : "ca"), at),
        (c, at, a) => c.AssignToOrganization(a % 2 == 0 ? Acme : new OrganizationId(Guid.Parse("0d3c2b1a-0000-4000-8000-0000000000b2")), at),
        (c, at, _) => c.RemoveFromOrganization(at),
        (c, at, a) => (a % 2 == 0 ? (Action<Instant>)c.GrantSurveyConsent : c.WithdrawSurveyConsent)(at),
        (c, at, a) => (a % 2 == 0 ? (Action<Instant>)c.GrantMarketingConsent : c.WithdrawMarketingConsent)(at),
        (c, at, a) =>
        {
            if (a == 3)
            {
                c.Erase(at);
            }
        },
        (c, _, _) => c.DequeueDomainEvents(),
    ];

    // A customer registered with or without a name, then commands: which one, how many minutes after
    // the last change (-1 goes back in time, which the customer refuses) and which argument.
    private static readonly Gen<(bool Named, (int Command, int Minutes, int Argument)[] Steps)> CustomerHistories =
        Gen.Select(Gen.Bool, Gen.Select(Gen.Int[0, CustomerCommands.Length - 1], Gen.Int[-1, 3], Gen.Int[0, 3]).Array[0, 40]);

    [Fact]
    public void Property_RestoreOfToSnapshot_GivesACustomerEqualInEveryField_WithTheSameVersionAndNoPendingEvents()
    {
        CustomerHistories.Sample(history =>
        {
            var customer = history.Named ? Customer.Register(CustomerId.New(), CustomerTier.Standard, Jane, T0) : NewCustomer();
            AssertRestoresEqual(customer);
            foreach (var (command, minutes, argument) in history.Steps)
            {
                try
                {
                    CustomerCommands[command](customer, customer.LastChangedAt + Duration.FromMinutes(minutes), argument);
                }
                catch (DomainRuleViolationException)
                {
                    // A refused command changes nothing; the round trip must hold all the same.
                }

                AssertRestoresEqual(customer);
            }
        }, iter: MutationRun.Iter(300));
    }

    [Fact]
    public void Property_ARestoredCustomer_AcceptsAndRefusesTheSameCommandsAsTheOriginal()
    {
        CustomerHistories.Sample(history =>
        {
            var live = FullCustomer();
            var restored = Customer.Restore(live.ToSnapshot());
            foreach (var (command, minutes, argument) in history.Steps)
            {
                var at = live.LastChangedAt + Duration.FromMinutes(minutes);
                var liveOutcome = Outcome(() => CustomerCommands[command](live, at, argument));
                var restoredOutcome = Outcome(() => CustomerCommands[command](restored, at, argument));

                restoredOutcome.Should().Be(liveOutcome);
                CustomerState.Of(restored).Should().Be(CustomerState.Of(live));
                restored.DomainEvents.Should().Equal(live.DomainEvents);
            }
        }, iter: MutationRun.Iter(200));

        static string Outcome(Action command)
        {
            try
            {
                command();
                return "accepted";
            }
            catch (DomainRuleViolationException e)
            {
                return e.Code;
            }
        }
    }

    [Fact]
    public void Restore_OfAnErasedCustomer_StaysErased_AndRefusesPersonalData()
    {
        var erased = Erased();

        var restored = Customer.Restore(erased.ToSnapshot());

        restored.IsErased.Should().BeTrue();
        restored.ErasedAt.Should().Be(erased.ErasedAt);
        restored.ToSnapshot().Should().Be(erased.ToSnapshot());
        AssertViolates(CustomerErrors.Erased, restored, () => restored.Rename(Jane, At(30)));
        AssertViolates(CustomerErrors.Erased, restored, () => restored.AddContactPoint(JaneEmail, At(30)));
        restored.CanSurvey().Should().BeFalse();
        restored.ChangeTier(CustomerTier.Create("enterprise"), At(30));
        restored.Version.Should().Be(erased.Version + 1);
    }

    [Fact]
    public void ToSnapshot_OfAnErasedCustomer_HoldsNoPersonalData()
    {
        var full = FullCustomer().ToSnapshot();
        ObjectGraph.Strings(full).Should().Contain(JaneEmail.Value, "the scan must see the fields it checks");

        var erased = Erased().ToSnapshot();

        var retained = string.Join("\n", ObjectGraph.Strings(erased));
        foreach (var personal in JanesPersonalData)
        {
            retained.Should().NotContain(personal);
        }

        erased.Name.Should().BeNull();
        erased.ContactPoints.Should().BeEmpty();
        erased.IsErased.Should().BeTrue();
    }

    [Fact]
    public void ToSnapshot_HoldsEveryField_AndIsNotChangedByLaterCommands()
    {
        var customer = FullCustomer();

        var snapshot = customer.ToSnapshot();
        customer.RemoveContactPoint(JaneEmail, At(11));

        snapshot.Should().Be(new CustomerSnapshot
        {
            Id = customer.Id,
            Version = 11,
            RegisteredAt = T0,
            LastChangedAt = At(10),
            ErasedAt = null,
            Tier = Gold,
            Name = Jane,
            ContactPoints = [JaneEmail, JanePhone, JaneHandle],
            PreferredChannel = Channel.Email,
            Locale = Locale.Create("en-US"),
            TimeZoneId = "America/Los_Angeles",
            Region = Region.Create("US"),
            OrganizationId = Acme,
            SurveyConsent = Consent.GrantedAt(At(9)),
            MarketingConsent = Consent.GrantedAt(At(10)),
        });
    }

    [Fact]
    public void CustomerSnapshot_EqualityComparesContactPointsInOrder_AndToStringHasNoPersonalData()
    {
        var snapshot = FullCustomer().ToSnapshot();

        (snapshot with { ContactPoints = [.. snapshot.ContactPoints] }).Should().Be(snapshot);
        (snapshot with { ContactPoints = [.. snapshot.ContactPoints.Reverse()] }).Should().NotBe(snapshot);
        (snapshot with { Name = CustomerName.Create("Richard Roe") }).Should().NotBe(snapshot);
        snapshot.GetHashCode().Should().Be((snapshot with { ContactPoints = [.. snapshot.ContactPoints] }).GetHashCode());
        snapshot.ToString().Should().Be($"CustomerSnapshot {snapshot.Id} (gold, version 11)");
        Erased().ToSnapshot().ToString().Should().EndWith("(erased, version 12)");
        PersonalDataScan.ShouldHoldNone([snapshot.ToString()], [.. JanesPersonalData, "jane", "doe"]);
    }

    [Fact]
    public void CustomerSnapshot_ContactPoints_IsACopyThatCannotBeChangedFromOutside()
    {
        var points = new List<ContactPoint> { JaneEmail };
        var snapshot = NewCustomer().ToSnapshot() with { ContactPoints = points };

        points.Add(JanePhone);

        snapshot.ContactPoints.Should().Equal(JaneEmail);
        snapshot.ContactPoints.Should().NotBeAssignableTo<ContactPoint[]>();
        var setNull = () => snapshot with { ContactPoints = null! };
        setNull.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Restore_Null_ThrowsArgumentNull()
    {
        var restore = () => Customer.Restore(null!);

        restore.Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
    }

    public static TheoryData<string, string> BrokenSnapshots => [.. BrokenSnapshot.All.Select(b => (b.Name, b.Problem))];

    [Theory]
    [MemberData(nameof(BrokenSnapshots))]
    public void Restore_OfASnapshotNoCustomerCouldGive_ThrowsNamingTheFieldWithoutPersonalData(string name, string problem)
    {
        var snapshot = BrokenSnapshot.All.Single(b => b.Name == name).Snapshot();

        var restore = () => Customer.Restore(snapshot);

        var thrown = restore.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("snapshot");
        thrown.Message.Should().Contain("(1 problem(s))").And.Contain(problem);
        PersonalDataScan.ShouldHoldNone([thrown.Message], [.. JanesPersonalData, "jane", "doe"]);
    }

    [Fact]
    public void Restore_OfASnapshotWithManyProblems_ListsThemAll()
    {
        var snapshot = Erased().ToSnapshot() with
        {
            Version = 0,
            Tier = default,
            Name = Jane,
            ContactPoints = [JaneEmail, JaneEmail],
            SurveyConsent = Consent.GrantedAt(At(1)),
        };

        var restore = () => Customer.Restore(snapshot);

        var message = restore.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain("(6 problem(s))")
            .And.Contain("Version:").And.Contain("Tier:").And.Contain("Name:")
            .And.Contain("ContactPoints[1]:").And.Contain("ContactPoints:").And.Contain("SurveyConsent:");
        PersonalDataScan.ShouldHoldNone([message], [.. JanesPersonalData, "jane", "doe"]);
    }

    [Fact]
    public void Restore_AcceptsATimeZoneIdTheDefaultProviderDoesNotKnow()
    {
        var snapshot = NewCustomer().ToSnapshot() with { TimeZoneId = "Custom/Provider-Zone" };

        Customer.Restore(snapshot).TimeZoneId.Should().Be("Custom/Provider-Zone");
    }

    private static void AssertRestoresEqual(Customer customer)
    {
        var snapshot = customer.ToSnapshot();

        var restored = Customer.Restore(snapshot);

        restored.Should().NotBeSameAs(customer);
        CustomerState.Of(restored).Should().Be(CustomerState.Of(customer) with { PendingEvents = 0 });
        restored.RegisteredAt.Should().Be(customer.RegisteredAt);
        restored.IsErased.Should().Be(customer.IsErased);
        restored.ToSnapshot().Should().Be(snapshot);
    }

    /// <summary>A snapshot no customer could give, the field it breaks and the words that must name it.</summary>
    private sealed record BrokenSnapshot(string Name, Func<CustomerSnapshot> Snapshot, string Problem)
    {
        public static readonly IReadOnlyList<BrokenSnapshot> All =
        [
            new("DefaultId", () => Full() with { Id = default }, "Id: is the default value"),
            new("VersionZero", () => Full() with { Version = 0 }, "Version: must be at least 1"),
            new("DefaultTier", () => Full() with { Tier = default }, "Tier: is the default value"),
            new("RegisteredAtMin", () => Full() with { RegisteredAt = Instant.MinValue }, "RegisteredAt: is not a real instant"),
            new("LastChangedBeforeRegistered", () => NewCustomer().ToSnapshot() with { LastChangedAt = T0 - Duration.FromMinutes(1) }, "LastChangedAt: must be a real instant, not before RegisteredAt"),
            new("ErasedAfterLastChange", () => Erased().ToSnapshot() with { ErasedAt = At(21) }, "ErasedAt: must be a real instant between RegisteredAt and LastChangedAt"),
            new("ConsentBeforeRegistration", () => Full() with { SurveyConsent = Consent.WithdrawnAt(T0 - Duration.FromDays(1)) }, "SurveyConsent: must be a real instant between"),
            new("ConsentAfterLastChange", () => Full() with { MarketingConsent = Consent.GrantedAt(At(11)) }, "MarketingConsent: must be a real instant between"),
            new("NullContactPoint", () => Full() with { ContactPoints = [JaneEmail, null!, JanePhone] }, "ContactPoints[1]: is null"),
            new("RepeatedContactPoint", () => Full() with { ContactPoints = [JanePhone, JaneEmail, JanePhone] }, "ContactPoints[2]: repeats an earlier contact point"),
            new("UnreachablePreferredChannel", () => Full() with { PreferredChannel = Channel.Chat }, "PreferredChannel: is a channel no contact point reaches"),
            new("DefaultPreferredChannel", () => Full() with { PreferredChannel = default(Channel) }, "PreferredChannel: is the default value"),
            new("DefaultLocale", () => Full() with { Locale = default(Locale) }, "Locale: is the default value"),
            new("BlankTimeZone", () => Full() with { TimeZoneId = " " }, "TimeZoneId: is blank"),
            new("DefaultRegion", () => Full() with { Region = default(Region) }, "Region: is the default value"),
            new("DefaultOrganization", () => Full() with { OrganizationId = default(OrganizationId) }, "OrganizationId: is the default value"),
            new("ErasedWithName", () => Erased().ToSnapshot() with { Name = Jane }, "Name: must be empty"),
            new("ErasedWithContactPoint", () => Erased().ToSnapshot() with { ContactPoints = [JaneHandle] }, "ContactPoints: must be empty"),
            new("ErasedWithLocale", () => Erased().ToSnapshot() with { Locale = Locale.Create("en-US") }, "Locale: must be empty"),
            new("ErasedWithConsent", () => Erased().ToSnapshot() with { MarketingConsent = Consent.WithdrawnAt(At(20)) }, "MarketingConsent: must be not recorded"),
        ];

        private static CustomerSnapshot Full() => FullCustomer().ToSnapshot();
    }
}
