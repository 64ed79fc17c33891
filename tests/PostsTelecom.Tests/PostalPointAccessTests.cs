using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;

namespace GiaLaiIct.PostsTelecom.Tests;

/// <summary>Who may write postal points: admin, the telecom officer, and a district office inside its own district.</summary>
public sealed class PostalPointAccessTests
{
    // Pleiku (622) and An Khê (623) are districts of Gia Lai (64); Hà Tĩnh city (436) is in Hà Tĩnh (42).
    private static readonly TestCaller Pleiku = TestCaller.OfDistrict("622", "64");

    private static CreatePostalPointRequest Point(string id, string province, string commune) => new()
    {
        Province = province, Id = id, Name = "Điểm bưu điện " + id, Kind = "bdvhx", Unit = commune, Status = "active", OpenedOn = "2018-03-01",
    };

    public static TheoryData<string, string, string, StatusCode> Cases => new()
    {
        // caller, province, commune, expected
        { "admin", "64", "23614", StatusCode.OK },
        { "telecom-officer", "64", "23614", StatusCode.OK },
        { "it-officer", "64", "23557", StatusCode.PermissionDenied },
        { "viewer", "64", "23557", StatusCode.PermissionDenied },
        { "district-622", "64", "23557", StatusCode.OK },
        { "district-622", "64", "23614", StatusCode.PermissionDenied },
        { "district-622", "42", "18070", StatusCode.PermissionDenied },
    };

    private static TestCaller CallerNamed(string name) => name switch
    {
        "admin" => TestCaller.Admin,
        "viewer" => TestCaller.Viewer,
        "district-622" => Pleiku,
        _ => TestCaller.Officer(name),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_write_is_allowed_only_to_the_right_role_and_district(string caller, string province, string commune, StatusCode expected)
    {
        using var host = new TelecomHost();
        var client = host.PointsClient(CallerNamed(caller));
        var request = Point("P-1", province, commune);

        var status = StatusCode.OK;
        try
        {
            await client.CreatePostalPointAsync(request);
        }
        catch (RpcException exception)
        {
            status = exception.StatusCode;
        }
        var stored = await host.PointsClient(TestCaller.Admin).ListPostalPointsAsync(new ListPostalPointsRequest { Province = province });

        Assert.Equal(expected, status);
        Assert.Equal(expected == StatusCode.OK ? 1 : 0, stored.Points.Count);
    }

    [Fact]
    public async Task A_district_office_reads_every_point_of_its_province_but_not_another_province()
    {
        using var host = new TelecomHost();
        await host.PointsClient(TestCaller.Admin).CreatePostalPointAsync(Point("P-AK", "64", "23614"));
        var district = host.PointsClient(Pleiku);

        var ownProvince = await district.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "64" });
        var other = await Assert.ThrowsAsync<RpcException>(() => district.ListPostalPointsAsync(new ListPostalPointsRequest { Province = "42" }).ResponseAsync);

        Assert.Equal(["P-AK"], ownProvince.Points.Select(point => point.Id));
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
    }
}
