using System;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// A strongly-typed identifier: a <see cref="Guid"/> wrapped in its own type so that a
/// <c>TicketId</c> can never be passed where a <c>CustomerId</c> is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// Every identifier is a <c>readonly record struct XxxId(Guid Value)</c> that rejects
/// <see cref="Guid.Empty"/>, offers <c>New()</c>, and formats and parses as the canonical
/// 36-character form (<c>"D"</c>), so identifiers round-trip through JSON, URLs and logs.
/// </remarks>
public interface IStronglyTypedId<TSelf> : IEquatable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IStronglyTypedId<TSelf>
{
    /// <summary>Gets the wrapped value; never <see cref="Guid.Empty"/> for a constructed identifier.</summary>
    Guid Value { get; }

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value; not <see cref="Guid.Empty"/>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    static abstract TSelf FromGuid(Guid value);
}
