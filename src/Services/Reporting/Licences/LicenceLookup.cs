using GiaLaiIct.Licences.V1;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace GiaLaiIct.Reporting.Licences;

/// <summary>
/// Finds a licence whichever division issued it, by asking every division's LicenceRegistry at once. A division
/// that does not implement the contract (Unimplemented) or holds no such licence (NotFound) is passed over; a
/// division that cannot answer makes "not found" unknowable, so then the answer is Unavailable, never NotFound.
/// </summary>
public sealed class LicenceLookup(GrpcClientFactory clients, ILogger<LicenceLookup> logger)
{
    /// <summary>The longest licence number a division keeps.</summary>
    public const int MaxNumberLength = 64;

    public async Task<LicenceSummary> FindAsync(string province, string number, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", province);
        violations.Required("number", number);
        violations.MaxLength("number", number.Trim(), MaxNumberLength);
        violations.ThrowIfAny();

        var request = new FindLicenceRequest { Province = province.Trim(), Number = number.Trim() };
        var answers = await Task.WhenAll(Platform.DivisionResources.Select(division => AskAsync(division, request, cancellationToken)));
        if (answers.FirstOrDefault(a => a.Licence is not null).Licence is { } found)
        {
            return found;
        }
        if (answers.FirstOrDefault(a => a.Failure is { StatusCode: StatusCode.InvalidArgument or StatusCode.PermissionDenied }).Failure is { } refused)
        {
            throw refused;
        }
        var unreachable = answers.Where(a => a.Failure is not null).Select(a => Platform.DisplayName(a.Division)).ToList();
        if (unreachable.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable,
                $"Licence {request.Number} could not be looked up: the {string.Join(", ", unreachable)} service(s) did not answer; try again."));
        }
        throw new RpcException(new Status(StatusCode.NotFound, $"No service holds a licence {request.Number} in province {request.Province}."));
    }

    private async Task<(string Division, LicenceSummary? Licence, RpcException? Failure)> AskAsync(
        string division, FindLicenceRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var client = clients.CreateClient<LicenceRegistry.LicenceRegistryClient>(GrpcClientExtensions.ClientName<LicenceRegistry.LicenceRegistryClient>(division));
            return (division, await client.FindLicenceAsync(request, cancellationToken: cancellationToken), null);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.NotFound or StatusCode.Unimplemented)
        {
            return (division, null, null);
        }
        catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Licence lookup: the {Division} service answered {Status}", division, exception.StatusCode);
            return (division, null, exception);
        }
    }
}
