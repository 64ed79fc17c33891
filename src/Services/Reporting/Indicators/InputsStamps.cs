using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// The change stamps of every database a province's computed values are made from: Reporting's own and each
/// division's that counts indicators (IndicatorSource.GetInputsStamp). Each stamp is read from the database it
/// describes, so a cache key made of them is retired by any committed change, whatever the cache server remembers.
/// </summary>
public sealed class InputsStamps(ReportingDbContext db, GrpcClientFactory clients, ILogger<InputsStamps> logger)
{
    /// <summary>What a division that counts no indicator contributes.</summary>
    private const string NotASource = "-";

    /// <summary>The stamps as one key part, or null when one of them cannot be known (then nothing may be cached).</summary>
    public async Task<string?> ReadAsync(string province, CancellationToken cancellationToken)
    {
        var own = await db.ReadChangeStampAsync(cancellationToken);
        var divisions = await Task.WhenAll(Platform.DivisionResources.Select(division => ReadAsync(division, province, cancellationToken)));
        return divisions.Any(stamp => stamp is null) ? null : string.Join('.', divisions.Prepend(own));
    }

    private async Task<string?> ReadAsync(string division, string province, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient<IndicatorSource.IndicatorSourceClient>(GrpcClientExtensions.ClientName<IndicatorSource.IndicatorSourceClient>(division));
        try
        {
            return (await client.GetInputsStampAsync(new GetInputsStampRequest { Province = province }, cancellationToken: cancellationToken)).Stamp;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return await CountsNothingAsync(client, cancellationToken) ? NotASource : null;
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("The {Division} service's inputs stamp is unknown ({Status}); computing without cache", division, exception.StatusCode);
            return null;
        }
    }

    /// <summary>Whether the division implements no part of the indicator contract: its data then feeds no computed value.</summary>
    private static async Task<bool> CountsNothingAsync(IndicatorSource.IndicatorSourceClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.ListCountedIndicatorsAsync(new ListCountedIndicatorsRequest(), cancellationToken: cancellationToken);
            return false;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            return true;
        }
        catch (RpcException)
        {
            return false;
        }
    }
}
