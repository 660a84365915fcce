using System;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// An object with an identity that outlives changes to its state: two entities are equal when
/// they are of the same type and have the same <see cref="Id"/>.
/// </summary>
/// <typeparam name="TId">The strongly-typed identifier, such as <c>TicketId</c>.</typeparam>
public abstract class Entity<TId> : IEquatable<Entity<TId>>
    where TId : struct, IEquatable<TId>
{
    /// <summary>Creates an entity with its identity.</summary>
    /// <param name="id">The identity; the default value of <typeparamref name="TId"/> is rejected.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    protected Entity(TId id)
    {
        Id = Guard.Against.Default(id);
    }

    /// <summary>Gets the identity.</summary>
    public TId Id { get; }

    /// <inheritdoc />
    public bool Equals(Entity<TId>? other) =>
        other is not null && other.GetType() == GetType() && other.Id.Equals(Id);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Entity<TId>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType(), Id);

    /// <summary>Compares two entities by identity.</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns><see langword="true"/> if both are null, or both have the same type and identity.</returns>
    public static bool operator ==(Entity<TId>? left, Entity<TId>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two entities by identity.</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns>The negation of <c>==</c>.</returns>
    public static bool operator !=(Entity<TId>? left, Entity<TId>? right) => !(left == right);
}
