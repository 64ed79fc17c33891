namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// A machine client allowed to ask for tokens (OAuth2 client credentials). <see cref="Role"/> is what it
/// may do (admin, viewer, a division officer, district); <see cref="District"/> and
/// <see cref="Provinces"/> narrow where.
/// </summary>
public sealed class ClientDefinition
{
    public required string ClientId { get; init; }
    public required string Secret { get; init; }
    public required string Role { get; init; }
    public string? District { get; init; }
    /// <summary>Province codes the client may act in; empty means every province.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];
}
