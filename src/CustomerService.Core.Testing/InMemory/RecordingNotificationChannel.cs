using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// An <see cref="INotificationChannel"/> that records what it sends, and can be told to fail, to test
/// what a service does when the host's e-mail or chat gateway is down.
/// </summary>
public sealed class RecordingNotificationChannel : INotificationChannel
{
    private readonly List<Notification> _sent = [];
    private readonly Lock _gate = new();
    private int _failuresLeft;
    private int _failedCount;

    /// <summary>Gets a copy of every notification sent so far (failed sends are not in it), in order.</summary>
    public IReadOnlyList<Notification> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Gets how many sends have failed so far.</summary>
    public int FailedCount => Volatile.Read(ref _failedCount);

    /// <summary>Gets or sets whether every send fails until this is set back to <see langword="false"/>.</summary>
    public bool IsDown { get; set; }

    /// <summary>Makes the next <paramref name="count"/> sends fail.</summary>
    /// <param name="count">How many sends fail; not negative.</param>
    public void FailNext(int count)
    {
        Guard.Against.Negative(count);
        Volatile.Write(ref _failuresLeft, count);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The channel is down, or told to fail this send.</exception>
    public Task SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(notification);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (IsDown || _failuresLeft > 0)
            {
                _failuresLeft = Math.Max(0, _failuresLeft - 1);
                _failedCount++;
                throw new InvalidOperationException($"The recording channel was told to fail: {notification} was not sent.");
            }

            _sent.Add(notification);
        }

        return Task.CompletedTask;
    }
}
