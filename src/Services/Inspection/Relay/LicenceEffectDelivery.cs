using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// One attempt at delivering an effect: finds the licence's owner (once; it is kept on the effect), sends the
/// decision with its number as the owner's idempotency key and records the answer. Acknowledged: delivered. The
/// owner's NotFound, FailedPrecondition, AlreadyExists or InvalidArgument, or no service holding the licence:
/// refused with that reason, never tried again. Anything else (down, timed out, refused credentials): tried again
/// after a back-off.
/// </summary>
public sealed class LicenceEffectDelivery(
    LicenceOwners owners, IRelayCredentials credentials, IOptions<LicenceRelayOptions> options, TimeProvider clock,
    LicenceRelayMetrics metrics, ILogger<LicenceEffectDelivery> logger)
{
    public async Task AttemptAsync(LicenceEffect effect, CancellationToken cancellationToken)
    {
        var timeout = options.Value.CallTimeout;
        Metadata headers;
        try
        {
            headers = new Metadata { { "authorization", "Bearer " + await credentials.TokenAsync(cancellationToken) } };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(effect, null, $"no token to call the licence owners with: {exception.Message}");
            return;
        }

        var owner = effect.Owner;
        if (owner is null)
        {
            var lookup = await owners.FindAsync(effect.ProvinceCode, effect.LicenceNumber, headers, timeout, cancellationToken);
            if (lookup.HeldByNone)
            {
                effect.Refuse(null, $"no licence-issuing service ({string.Join(", ", owners.Names)}) holds licence {effect.LicenceNumber} in province {effect.ProvinceCode}", clock.GetUtcNow());
                metrics.Refused();
                logger.LogWarning("Licence effect of decision {Decision} refused: licence {Licence} not found", effect.DecisionNumber, effect.LicenceNumber);
                return;
            }
            if (lookup.Owner is null)
            {
                Failed(effect, null, "owner not found yet: " + string.Join("; ", lookup.Unreachable));
                return;
            }
            owner = lookup.Owner;
        }

        try
        {
            var outcome = await owners.Client(owner).ApplySanctionEffectAsync(new ApplySanctionEffectRequest
            {
                Province = effect.ProvinceCode,
                DecisionNumber = effect.DecisionNumber,
                LicenceNumber = effect.LicenceNumber,
                Action = WireNames.ToWire(effect.Action),
                DecidedOn = effect.DecidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }, headers, deadline: clock.GetUtcNow().UtcDateTime + timeout, cancellationToken: cancellationToken);
            effect.Deliver(owner, outcome.ResultingStatus, outcome.AppliedAt, clock.GetUtcNow());
            metrics.Delivered(effect.CreatedAtMs);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition or StatusCode.AlreadyExists or StatusCode.InvalidArgument)
        {
            effect.Refuse(owner, exception.Status.Detail, clock.GetUtcNow());
            metrics.Refused();
            logger.LogWarning("Licence effect of decision {Decision} refused by {Owner}: {Reason}", effect.DecisionNumber, owner, exception.Status.Detail);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (exception.StatusCode == StatusCode.Unauthenticated)
            {
                credentials.Invalidate();
            }
            Failed(effect, owner, $"{owner}: {exception.StatusCode} {exception.Status.Detail}");
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            Failed(effect, owner, $"{owner}: {exception.Message}");
        }
    }

    private void Failed(LicenceEffect effect, string? owner, string error)
    {
        effect.Retry(owner, error, clock.GetUtcNow());
        metrics.AttemptFailed();
        logger.LogInformation("Licence effect of decision {Decision} not delivered (attempt {Attempt}), next in {Backoff}: {Error}",
            effect.DecisionNumber, effect.Attempts, LicenceEffect.Backoff(effect.Attempts), error);
    }
}
