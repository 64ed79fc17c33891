using System.Security.Cryptography;
using System.Text;
using GiaLaiIct.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// Authenticates token clients: those configured under <c>Identity:Clients</c>, and in Development
/// also the documented ones (API.md) whose secret is the client id followed by <c>-secret</c>.
/// Outside Development no default client and no default secret exist.
/// </summary>
public sealed class ClientRegistry(IOptions<IdentityOptions> options, IHostEnvironment environment, DistrictDirectory districts)
{
    public async Task<ClientDefinition?> AuthenticateAsync(string? clientId, string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return null;
        }
        var client = options.Value.Clients.FirstOrDefault(candidate => candidate.ClientId == clientId)
            ?? (environment.IsDevelopment() ? await DevelopmentClientAsync(clientId, cancellationToken) : null);
        return client is not null && SecretsMatch(client.Secret, secret) ? client : null;
    }

    private async Task<ClientDefinition?> DevelopmentClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var secret = clientId + "-secret";
        if (Roles.Fixed.Contains(clientId))
        {
            return new ClientDefinition { ClientId = clientId, Secret = secret, Role = clientId };
        }
        if (!clientId.StartsWith(Roles.DistrictClientPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var district = clientId[Roles.DistrictClientPrefix.Length..];
        var province = await districts.FindProvinceOfDistrictAsync(district, cancellationToken);
        return province is null
            ? null
            : new ClientDefinition { ClientId = clientId, Secret = secret, Role = Roles.District, District = district, Provinces = [province] };
    }

    /// <summary>Compares in constant time so the answer's timing says nothing about the secret.</summary>
    private static bool SecretsMatch(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
