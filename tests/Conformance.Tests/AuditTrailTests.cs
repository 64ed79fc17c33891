using System.Net;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// Every service keeps its own audit trail (who changed what, before and after) and shows it to admins only:
/// not to viewers, not to a district, not even to the officers who write that service's data.
/// </summary>
public sealed class AuditTrailTests
{
    private static ContractCatalogue.Method AuditListing(InProcessService host, ServiceUnderTest subject)
    {
        var listings = host.Methods().Where(m => m.Descriptor.Service.Name == "AuditTrail").ToList();
        var listing = Assert.Single(listings);
        Assert.Equal(subject.Package, listing.Descriptor.Service.File.Package);
        Assert.Equal("ListAuditEntries", listing.Descriptor.Name);
        return listing;
    }

    private static IEnumerable<(string Name, TestCaller? Caller)> Callers(ServiceUnderTest subject) =>
    [
        ("admin", TestCaller.Admin),
        ("viewer", TestCaller.Viewer),
        ("own officer", TestCaller.Officer(subject.OfficerRole)),
        ("district of Pleiku", TestCaller.OfDistrict("622", "64")),
        ("no token", null),
    ];

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public async Task Only_an_admin_reads_the_audit_trail_over_grpc(string service)
    {
        var subject = ServiceCatalogue.Named(service);
        using var host = subject.Start();
        var listing = AuditListing(host, subject);

        var outcomes = new List<string>();
        foreach (var (name, caller) in Callers(subject))
        {
            var status = await UnaryCall.StatusOfAsync(host.Channel(caller), listing.Descriptor, UnaryCall.Request(listing.Descriptor, "{}"));
            outcomes.Add($"{name}: {status}");
        }

        Assert.Equal(
            ["admin: OK", "viewer: PermissionDenied", "own officer: PermissionDenied", "district of Pleiku: PermissionDenied", "no token: Unauthenticated"],
            outcomes);
    }

    [Theory]
    [MemberData(nameof(ServiceCatalogue.Names), MemberType = typeof(ServiceCatalogue))]
    public async Task Only_an_admin_reads_the_audit_trail_over_rest(string service)
    {
        var subject = ServiceCatalogue.Named(service);
        using var host = subject.Start();
        var listing = AuditListing(host, subject);
        Assert.NotNull(listing.Rest);
        var path = listing.Rest.Get;
        Assert.Equal($"/api/v1/audit/{subject.Name}", path);

        var outcomes = new List<string>();
        foreach (var (name, caller) in Callers(subject))
        {
            using var http = host.Http(caller);
            using var response = await http.GetAsync(path);
            outcomes.Add($"{name}: {(int)response.StatusCode}");
        }

        Assert.Equal(
            [$"admin: {(int)HttpStatusCode.OK}", "viewer: 403", "own officer: 403", "district of Pleiku: 403", "no token: 401"],
            outcomes);
    }
}
