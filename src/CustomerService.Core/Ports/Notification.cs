using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Ports;

/// <summary>
/// A message for the host's notification channel: who gets it, which of the host's templates to
/// render, the values the template needs, and a key that is the same every time this notification
/// is sent again.
/// </summary>
/// <remarks>
/// Parameters carry ids, codes and instants (a ticket id, a metric, a due time), never personal
/// data: the host's template looks up what it shows. <see cref="ToString"/> shows the recipient,
/// template and key only.
/// </remarks>
public sealed record Notification
{
    /// <summary>Creates a notification.</summary>
    /// <param name="recipient">Who gets it.</param>
    /// <param name="templateId">The host's template, such as <c>sla-breach</c>; not blank.</param>
    /// <param name="idempotencyKey">The same for every send of this notification; not blank.</param>
    /// <param name="parameters">The values the template needs; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="recipient"/> is null.</exception>
    public Notification(NotificationRecipient recipient, string templateId, string idempotencyKey, IReadOnlyDictionary<string, string>? parameters = null)
    {
        Recipient = Guard.Against.Null(recipient);
        TemplateId = Guard.Against.NullOrWhiteSpace(templateId);
        IdempotencyKey = Guard.Against.NullOrWhiteSpace(idempotencyKey);
        Parameters = parameters is null ? FrozenDictionary<string, string>.Empty : parameters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets who gets the notification.</summary>
    public NotificationRecipient Recipient { get; }

    /// <summary>Gets the host's template to render.</summary>
    public string TemplateId { get; }

    /// <summary>Gets the key that is the same for every send of this notification, for the channel to drop repeats.</summary>
    public string IdempotencyKey { get; }

    /// <summary>Gets the values the template needs: ids, codes and instants, no personal data.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <inheritdoc />
    public bool Equals(Notification? other) =>
        other is not null
        && Recipient == other.Recipient
        && TemplateId == other.TemplateId
        && IdempotencyKey == other.IdempotencyKey
        && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var value) && value == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Recipient, TemplateId, IdempotencyKey, Parameters.Count);

    /// <inheritdoc />
    public override string ToString() => $"Notification {TemplateId} to {Recipient} ({IdempotencyKey})";
}
