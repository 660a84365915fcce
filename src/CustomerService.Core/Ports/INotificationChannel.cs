using System.Threading;
using System.Threading.Tasks;

namespace CustomerService.Core.Ports;

/// <summary>
/// Sends a <see cref="Notification"/>: the host maps its recipient and template to e-mail, SMS,
/// chat, Slack or Teams.
/// </summary>
/// <remarks>
/// A send that fails throws; the caller keeps the notification pending and tries again later, so a
/// channel may see the same <see cref="Notification.IdempotencyKey"/> more than once (for example
/// after a crash between sending and saving) and should drop repeats.
/// </remarks>
public interface INotificationChannel
{
    /// <summary>Sends a notification.</summary>
    /// <param name="notification">What to send, and to whom.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the channel has accepted the notification.</returns>
    Task SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
