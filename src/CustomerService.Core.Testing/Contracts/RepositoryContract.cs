using System;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// Checks a host's own implementation of a repository port (EF Core, Dapper, a document store)
/// against everything the package relies on: it round-trips every field and history event, keeps
/// versions (no lost update, even under concurrent writers), enforces the uniqueness rules, and
/// answers the services' queries as the port's documentation says. Works from any test framework.
/// </summary>
/// <remarks>
/// <para>
/// Each clause runs against a fresh, empty store and uses new random ids. The one-argument overloads
/// take a factory that gives a new repository over a new store each time it is called: right for
/// in-memory adapters, and for adapters safe to share between threads. The two-argument overloads
/// separate the two: <c>createStore</c> gives a new empty store once per clause (a database, a schema,
/// cleaned tables), and <c>openRepository</c> opens a repository over it for each unit of work, as a
/// host opens one per request: the concurrency clauses open one per writer, so an adapter over an
/// EF Core <c>DbContext</c>, which is not thread-safe, is checked the way it is used.
/// </para>
/// <para>
/// Every clause runs, whatever the others find. When one or more do not hold, the method throws a
/// <see cref="ContractViolationException"/> whose message lists each of them with the clause's id
/// (such as <c>ticket.save.stale_version</c>), its rule, what was expected and what was found. An
/// exception the repository throws where none was due is reported the same way. What the factories
/// return is disposed (asynchronously where it can be) at the end of each clause. Instants are whole
/// minutes, so a store that keeps them to the second keeps them exactly.
/// </para>
/// <para>
/// The cancellation token is required, so a hung store ends with the test run rather than hanging it.
/// If one class implements several ports, give the lambda's type, for example
/// <c>RepositoryContract.VerifyAsync((Func&lt;ITicketRepository&gt;)(() =&gt; new SqlRepositories(db)))</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// [Fact]
/// public Task TicketRepository_KeepsTheContract() =&gt;
///     RepositoryContract.VerifyAsync(
///         createStore: async ct =&gt; await TestDatabase.CreateEmptyAsync(ct),
///         openRepository: db =&gt; new EfTicketRepository(db.NewContext()),
///         TestContext.Current.CancellationToken);
/// </code>
/// </example>
public static class RepositoryContract
{
    /// <summary>Checks an <see cref="ITicketRepository"/>: the shared clauses, a customer's tickets, and the SLA monitor's next-check bookkeeping.</summary>
    /// <param name="createRepository">Gives a new repository over a new, empty store; called once per clause.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="createRepository"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync(Func<ITicketRepository> createRepository, CancellationToken cancellationToken) =>
        VerifyAsync(Store(createRepository), static r => r, cancellationToken);

    /// <summary>Checks an <see cref="ITicketRepository"/> opened per unit of work over a store made per clause.</summary>
    /// <typeparam name="TStore">What the host's repositories work on: a database, a connection string, a document store.</typeparam>
    /// <param name="createStore">Gives a new, empty store; called once per clause.</param>
    /// <param name="openRepository">Opens a repository over a store, for one unit of work.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException">A factory is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync<TStore>(Func<CancellationToken, Task<TStore>> createStore, Func<TStore, ITicketRepository> openRepository, CancellationToken cancellationToken)
        where TStore : class =>
        ContractRunner.VerifyAsync(TicketRepositoryClauses.All, createStore, openRepository, cancellationToken);

    /// <summary>Checks an <see cref="ICustomerRepository"/>: the shared clauses, over customers with every field set and an erased one.</summary>
    /// <param name="createRepository">Gives a new repository over a new, empty store; called once per clause.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="createRepository"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync(Func<ICustomerRepository> createRepository, CancellationToken cancellationToken) =>
        VerifyAsync(Store(createRepository), static r => r, cancellationToken);

    /// <summary>Checks an <see cref="ICustomerRepository"/> opened per unit of work over a store made per clause.</summary>
    /// <typeparam name="TStore">What the host's repositories work on: a database, a connection string, a document store.</typeparam>
    /// <param name="createStore">Gives a new, empty store; called once per clause.</param>
    /// <param name="openRepository">Opens a repository over a store, for one unit of work.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException">A factory is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync<TStore>(Func<CancellationToken, Task<TStore>> createStore, Func<TStore, ICustomerRepository> openRepository, CancellationToken cancellationToken)
        where TStore : class =>
        ContractRunner.VerifyAsync(CustomerRepositoryClauses.All, createStore, openRepository, cancellationToken);

    /// <summary>Checks an <see cref="IEscalationRepository"/>: the shared clauses, the open-key and step-key uniqueness rules, and its two lists.</summary>
    /// <param name="createRepository">Gives a new repository over a new, empty store; called once per clause.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="createRepository"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync(Func<IEscalationRepository> createRepository, CancellationToken cancellationToken) =>
        VerifyAsync(Store(createRepository), static r => r, cancellationToken);

    /// <summary>Checks an <see cref="IEscalationRepository"/> opened per unit of work over a store made per clause.</summary>
    /// <typeparam name="TStore">What the host's repositories work on: a database, a connection string, a document store.</typeparam>
    /// <param name="createStore">Gives a new, empty store; called once per clause.</param>
    /// <param name="openRepository">Opens a repository over a store, for one unit of work.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException">A factory is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync<TStore>(Func<CancellationToken, Task<TStore>> createStore, Func<TStore, IEscalationRepository> openRepository, CancellationToken cancellationToken)
        where TStore : class =>
        ContractRunner.VerifyAsync(EscalationRepositoryClauses.All, createStore, openRepository, cancellationToken);

    /// <summary>Checks an <see cref="ISurveyResponseRepository"/>: the shared clauses, the uniqueness of the response key, and a ticket's responses.</summary>
    /// <param name="createRepository">Gives a new repository over a new, empty store; called once per clause.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="createRepository"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync(Func<ISurveyResponseRepository> createRepository, CancellationToken cancellationToken) =>
        VerifyAsync(Store(createRepository), static r => r, cancellationToken);

    /// <summary>Checks an <see cref="ISurveyResponseRepository"/> opened per unit of work over a store made per clause.</summary>
    /// <typeparam name="TStore">What the host's repositories work on: a database, a connection string, a document store.</typeparam>
    /// <param name="createStore">Gives a new, empty store; called once per clause.</param>
    /// <param name="openRepository">Opens a repository over a store, for one unit of work.</param>
    /// <param name="cancellationToken">Cancels the check: pass the test framework's token, such as xunit's <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The report: every clause checked; only returned when all hold.</returns>
    /// <exception cref="ArgumentNullException">A factory is <see langword="null"/>.</exception>
    /// <exception cref="ContractViolationException">One or more clauses do not hold; the message lists all of them.</exception>
    public static Task<ContractReport> VerifyAsync<TStore>(Func<CancellationToken, Task<TStore>> createStore, Func<TStore, ISurveyResponseRepository> openRepository, CancellationToken cancellationToken)
        where TStore : class =>
        ContractRunner.VerifyAsync(SurveyResponseRepositoryClauses.All, createStore, openRepository, cancellationToken);

    /// <summary>The store of the one-argument overloads: the repository itself, new for each clause.</summary>
    private static Func<CancellationToken, Task<TRepository>> Store<TRepository>(Func<TRepository> createRepository)
    {
        Guard.Against.Null(createRepository);
        return _ => Task.FromResult(createRepository());
    }
}
