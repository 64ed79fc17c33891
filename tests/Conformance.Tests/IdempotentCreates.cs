using Google.Protobuf.Reflection;
using Grpc.Net.Client;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// A create that the contract documents as safe to retry ("repeating the same request answers the … already
/// created"), with a valid request keyed by the domain's natural key, and what must exist before it.
/// </summary>
/// <param name="Method">Service and method, e.g. <c>Agencies/CreateAgency</c>.</param>
/// <param name="Request">The request as protobuf JSON.</param>
/// <param name="Before">Calls that make the request valid (the inspection a sanction decision belongs to).</param>
public sealed record IdempotentCreate(string Service, string Method, string Request, params (string Method, string Request)[] Before)
{
    public override string ToString() => $"{Service} {Method}";

    /// <summary>Makes the calls of <see cref="Before"/> on <paramref name="channel"/>; answers the create's own method.</summary>
    public async Task<MethodDescriptor> PrepareAsync(InProcessService host, GrpcChannel channel)
    {
        foreach (var (before, request) in Before)
        {
            var prerequisite = host.Method(before).Descriptor;
            await UnaryCall.InvokeAsync(channel, prerequisite, UnaryCall.Request(prerequisite, request));
        }
        return host.Method(Method).Descriptor;
    }
}

/// <summary>Every create RPC of the five services (PRODUCT.md: "retried creates are idempotent").</summary>
public static class IdempotentCreates
{
    private const string Inspection =
        """{"province":"64","id":"TT-2018-01","kind":"scheduled","field":"frequency","lead":"department","unit":"622","startedOn":"2018-03-05","subjects":6,"violations":1}""";

    public static IReadOnlyList<IdempotentCreate> All { get; } =
    [
        new("reporting", "DirectiveDocuments/CreateDocument",
            """{"province":"64","number":"468/QĐ-UBND","issuedOn":"2018-06-14","issuer":"UBND tỉnh Gia Lai","title":"Kế hoạch chuyển đổi số tỉnh Gia Lai"}"""),

        new("it", "Agencies/CreateAgency",
            """{"province":"64","code":"STP","name":"Sở Tư pháp","kind":"department","unit":"64","procedures":120}"""),
        new("it", "OnlinePublicServices/CreateOnlineService",
            """{"province":"64","code":"DV-01","name":"Cấp giấy phép bưu chính","agencyCode":"STTTT","agencyName":"Sở Thông tin và Truyền thông","level":3,"effectiveFrom":"2018-01-01"}"""),
        new("it", "OneStop/CreateDeployment",
            """{"province":"64","unit":"23557","deployedOn":"2018-03-01"}"""),
        new("it", "OneStop/RecordDossierCount",
            """{"province":"64","unit":"64","period":"2019Q1","received":10,"resolved":9}"""),
        new("it", "EGovernment/RecordEGovernmentFigures",
            """{"province":"64","unit":"64","period":"2019Q1","mailCreated":12,"videoMeetings":3}"""),
        new("it", "SecurityIncidents/CreateIncident",
            """{"province":"64","id":"SC-1","type":"defacement","detectedAt":"2018-12-30T23:00","unit":"622","description":"Trang bị thay giao diện"}"""),
        new("it", "Websites/CreateWebsite",
            """{"province":"64","domain":"sotttt.gialai.gov.vn","ownerKind":"state","ownerName":"Sở Thông tin và Truyền thông","registeredOn":"2015-04-01"}"""),

        new("telecom", "TelecomOperators/CreateOperator",
            """{"code":"ITEL","name":"Công ty Cổ phần Viễn thông Đông Dương Telecom","field":"telecom"}"""),
        new("telecom", "PostalServicePoints/CreatePostalPoint",
            """{"province":"64","id":"BD-01","name":"Điểm Bưu điện văn hóa xã Ia Kênh","kind":"bdvhx","unit":"23557","status":"active","openedOn":"2018-03-01"}"""),
        new("telecom", "BtsStations/CreateStation",
            """{"province":"64","id":"BTS-01","kind":"bts","operator":"VIETTEL","unit":"23557","technology":"4G","inServiceFrom":"2018-03-01"}"""),
        new("telecom", "TelecomLicences/CreateLicence",
            """{"province":"64","number":"12/GCN-STTTT","type":"game_point","holder":"Điểm trò chơi Minh Châu","unit":"23557","issuedOn":"2019-02-01","expiresOn":"2024-02-01"}"""),
        new("telecom", "BcciDossiers/RecordBcciCount",
            """{"province":"64","unit":"622","month":"2018-03","dossiersReceived":120,"resultsReturned":98}"""),

        new("press", "PressOrganisations/CreatePressOrganisation",
            """{"province":"64","name":"Tạp chí Văn nghệ Gia Lai","kind":"local_press_agency"}"""),
        new("press", "PressPermits/CreatePermit",
            """{"province":"64","number":"15/GP-STTTT","type":"newsletter","holder":"Bản tin Sở Tư pháp","unit":"622","issuedOn":"2018-03-15"}"""),
        new("press", "DepositChecks/CreateDepositCheck",
            """{"province":"64","id":"LC-01","checkedOn":"2018-04-10","title":"Bản tin Sở Tư pháp số 3","result":"compliant","violationsFound":0}"""),
        new("press", "CommunicationWorks/CreateCommunicationWork",
            """{"province":"64","id":"TT-01","kind":"class","topic":"general","title":"Lớp tập huấn kỹ năng truyền thông","heldOn":"2018-05-10","unit":"64","quantity":1,"trainees":40}"""),

        new("inspection", "Inspections/CreateInspection", Inspection),
        new("inspection", "SanctionDecisions/CreateSanction",
            """{"province":"64","number":"01/QĐ-XPVPHC","inspectionId":"TT-2018-01","subject":"Ông Nguyễn Văn Bình","violation":"Sử dụng tần số vô tuyến điện không có giấy phép","fineVnd":"4000000","confiscated":"04 bộ đàm","decidedOn":"2018-03-10"}""",
            ("Inspections/CreateInspection", Inspection)),
        new("inspection", "SanctionDecisions/CreateReferredCase",
            """{"province":"64","number":"02/BB-TTr","inspectionId":"TT-2018-01","subject":"Cửa hàng Minh Anh","violation":"Kinh doanh trò chơi điện tử quá giờ","proposedFineVnd":"2000000","referredTo":"UBND huyện Chư Păh","referredOn":"2018-03-12"}""",
            ("Inspections/CreateInspection", Inspection)),
        new("inspection", "Complaints/CreateComplaint",
            """{"province":"64","id":"DT-01","kind":"complaint","field":"telecom","summary":"Khiếu nại cước thuê bao di động trả trước","receivedOn":"2026-05-20","deadlineOn":"2026-06-30"}"""),
    ];

    /// <summary>Theory data: one row per create, by service and method.</summary>
    public static TheoryData<string, string> Keys()
    {
        var keys = new TheoryData<string, string>();
        foreach (var create in All)
        {
            keys.Add(create.Service, create.Method);
        }
        return keys;
    }

    public static IdempotentCreate Find(string service, string method) => All.Single(create => create.Service == service && create.Method == method);
}
