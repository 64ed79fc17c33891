using System.Security.Cryptography;
using System.Text;
using GiaLaiIct.Contracts.Security;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// Authenticates token clients: those configured under <c>Identity:Clients</c>, and in Development
/// also the documented ones (API.md) whose secret is the client id followed by <c>-secret</c>, district clients
/// for the districts of <see cref="IdentityOptions.DevelopmentDistricts"/>.
/// Outside Development no default client and no default secret exist.
/// </summary>
public sealed class ClientRegistry(IOptions<IdentityOptions> options, IHostEnvironment environment)
{
    public ClientDefinition? Authenticate(string? clientId, string? secret)
    {
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return null;
        }
        var client = options.Value.Clients.FirstOrDefault(candidate => candidate.ClientId == clientId)
            ?? (environment.IsDevelopment() ? DevelopmentClient(clientId) : null);
        return client is not null && SecretsMatch(client.Secret, secret) ? client : null;
    }

    private ClientDefinition? DevelopmentClient(string clientId)
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
        return !options.Value.DevelopmentDistricts.TryGetValue(district, out var province)
            ? null
            : new ClientDefinition { ClientId = clientId, Secret = secret, Role = Roles.District, District = district, Provinces = [province] };
    }

    /// <summary>Compares in constant time so the answer's timing says nothing about the secret.</summary>
    private static bool SecretsMatch(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
