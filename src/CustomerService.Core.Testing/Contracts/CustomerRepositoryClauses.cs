using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;
using static CustomerService.Core.Testing.Contracts.ContractTime;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The contract of <see cref="ICustomerRepository"/>: the shared clauses, over customers with every field set, and an erased one.</summary>
internal static class CustomerRepositoryClauses
{
    private const string WriterTier = "contract-writer-";

    internal static CustomerPort Port { get; } = new();

    public static IReadOnlyList<Clause<ICustomerRepository>> All { get; } = [.. AggregateClauses.For(Port)];

    /// <summary><see cref="ICustomerRepository"/> for the shared clauses.</summary>
    internal sealed class CustomerPort : AggregatePort<ICustomerRepository, Customer, CustomerId>
    {
        public CustomerPort()
            : base("customer", CustomerId.New, (r, id, ct) => r.LoadAsync(id, ct), (r, a, ct) => r.AddAsync(a, ct), (r, a, v, ct) => r.SaveAsync(a, v, ct))
        {
        }

        public override Customer Simple() => Customer.Register(CustomerId.New(), CustomerTier.Standard, At(0));

        public override void Change(Customer aggregate, int writer) =>
            aggregate.ChangeTier(CustomerTier.Create(WriterTier + writer.ToString(CultureInfo.InvariantCulture)), aggregate.LastChangedAt);

        public override int? WriterOf(Customer aggregate) =>
            aggregate.Tier.Name.StartsWith(WriterTier, StringComparison.Ordinal)
                ? int.Parse(aggregate.Tier.Name.AsSpan(WriterTier.Length), CultureInfo.InvariantCulture)
                : null;

        public override IReadOnlyList<ContractSample<Customer>> Samples()
        {
            var (full, erased, unnamed, changed) = (CustomerId.New(), CustomerId.New(), CustomerId.New(), CustomerId.New());
            var (organization, otherOrganization) = (OrganizationId.New(), OrganizationId.New());

            // Every field set, the consents one each way: the erased sample starts the same.
            Customer Everything(CustomerId id)
            {
                var customer = Customer.Register(id, CustomerTier.Create("gold"), CustomerName.Create("Contract Customer"), At(0));
                customer.AddContactPoint(EmailAddress.Create("contract.customer@example.com"), At(1));
                customer.AddContactPoint(PhoneNumber.Create("+44 20 7946 0000"), At(2));
                customer.AddContactPoint(SocialHandle.Create(Channel.Chat, "@contract-customer"), At(3));
                customer.SetPreferredChannel(Channel.Messaging, At(4));
                customer.SetLocale(Locale.Create("en-GB"), At(5));
                customer.SetTimeZone("Europe/London", At(6));
                customer.SetRegion(Region.Create("GB"), At(7));
                customer.AssignToOrganization(organization, At(8));
                customer.GrantSurveyConsent(At(9));
                customer.WithdrawMarketingConsent(At(10));
                return customer;
            }

            return
            [
                new("the customer with every field set", () => Everything(full)),
                new(
                    "the erased customer",
                    () => Everything(erased),
                    c => c.Erase(At(20)),
                    c => c.ChangeTier(CustomerTier.Create("enterprise"), At(21)),
                    c => c.AssignToOrganization(otherOrganization, At(22))),
                new("the customer registered without a name", () => Customer.Register(unnamed, CustomerTier.Standard, At(0))),
                new(
                    "the customer changed field by field",
                    () => Customer.Register(changed, CustomerTier.Standard, CustomerName.Create("Contract Customer Two"), At(0)),
                    c => c.Rename(CustomerName.Create("Contract Customer Renamed"), At(1)),
                    c => c.AddContactPoint(PhoneNumber.Create("+1 415 555 0100"), At(2)),
                    c => c.AddContactPoint(EmailAddress.Create("contract.two@example.org"), At(3)),
                    c => c.SetPreferredChannel(Channel.Phone, At(4)),
                    c => c.RemoveContactPoint(PhoneNumber.Create("+1 415 555 0100"), At(5)),
                    c => c.SetTimeZone("UTC+05:30", At(6)),
                    c => c.GrantMarketingConsent(At(7)),
                    c => c.WithdrawSurveyConsent(At(8)),
                    c => c.AssignToOrganization(organization, At(9)),
                    c => c.RemoveFromOrganization(At(10))),
            ];
        }

        protected override IEnumerable<string> StateDifferences(Customer expected, Customer found) =>
            // Id and Version are compared for every aggregate already. Values are shown only for the
            // account's facts: the person's own (name, contact points, locale, region...) never.
            Differences.OfProperties(
                expected.ToSnapshot() with { Version = 0 },
                found.ToSnapshot() with { Id = expected.Id, Version = 0 },
                p => p.Name is nameof(CustomerSnapshot.RegisteredAt) or nameof(CustomerSnapshot.LastChangedAt) or nameof(CustomerSnapshot.ErasedAt)
                    or nameof(CustomerSnapshot.Tier) or nameof(CustomerSnapshot.OrganizationId));
    }
}
