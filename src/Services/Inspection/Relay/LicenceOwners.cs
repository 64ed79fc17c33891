using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;

namespace GiaLaiIct.Inspection.Relay;

/// <summary>
/// Finds which service issued a licence by asking every licence-issuing division's licence registry: the one that knows the
/// number holds it; NotFound and Unimplemented (a service that issues no licences yet) mean not that one.
/// </summary>
public sealed class LicenceOwners(GrpcClientFactory clients, TimeProvider clock)
{
    /// <summary>The platform's licence-issuing divisions, asked in this order.</summary>
    public IReadOnlyList<string> Names => Platform.LicenceIssuers;

    public LicenceRegistry.LicenceRegistryClient Client(string owner) =>
        clients.CreateClient<LicenceRegistry.LicenceRegistryClient>(GrpcClientExtensions.ClientName<LicenceRegistry.LicenceRegistryClient>(owner));

    /// <param name="headers">The authorization to call with; null to forward the caller's.</param>
    public async Task<LicenceOwnerLookup> FindAsync(string province, string number, Metadata? headers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(Names.Select(async owner =>
        {
            try
            {
                var licence = await Client(owner).FindLicenceAsync(
                    new FindLicenceRequest { Province = province, Number = number }, headers,
                    deadline: clock.GetUtcNow().UtcDateTime + timeout, cancellationToken: cancellationToken);
                return (owner, licence: (LicenceSummary?)licence, error: (string?)null);
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.NotFound or StatusCode.Unimplemented)
            {
                return (owner, null, null);
            }
            catch (RpcException exception) when (!cancellationToken.IsCancellationRequested)
            {
                return (owner, null, $"{owner}: {exception.StatusCode} {exception.Status.Detail}");
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                // Service discovery without an address for the owner, or a connection that failed before gRPC.
                return (owner, null, $"{owner}: {exception.Message}");
            }
        }));
        var found = answers.FirstOrDefault(a => a.licence is not null);
        return new LicenceOwnerLookup(found.licence is null ? null : found.owner, found.licence, [.. answers.Where(a => a.error is not null).Select(a => a.error!)]);
    }
}
