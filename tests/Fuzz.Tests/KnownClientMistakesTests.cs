extern alias reporting;
extern alias telecom;

using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Each client mistake of issue 13 that once got a 5xx or Unknown, one by one: the answer is 400 / InvalidArgument
/// (or 413 / ResourceExhausted) naming what is wrong, nothing is written and no error is logged. And a failure
/// that is the service's own answers 500 / Internal with the trace id and nothing of the exception.
/// </summary>
public sealed class KnownClientMistakesTests : IDisposable
{
    private readonly ErrorLogRecorder _errors = new();
    private readonly ServiceTestHost<reporting::Program> _reporting = new("reportingdb");

    public KnownClientMistakesTests()
    {
        foreach (var division in new[] { "telecom", "it", "press", "inspection" })
        {
            _reporting.RouteNamedGrpcClient<reporting::Program, IndicatorSource.IndicatorSourceClient>(division, () => _reporting.Server.CreateHandler());
            _reporting.RouteNamedGrpcClient<reporting::Program, DatasetPart.DatasetPartClient>(division, () => _reporting.Server.CreateHandler());
        }
        _reporting.WithServices(services => services.AddSingleton<ILoggerProvider>(_errors));
    }

    public void Dispose() => _reporting.Dispose();

    public static TheoryData<string, byte[], string, string> JsonBodies => new()
    {
        { "invalid UTF-8", [.. "{\"value\":\""u8, 0xFF, 0xFE, .. "\",\"version\":0}"u8], "", "UTF-8" },
        { "overlong UTF-8", [.. "{\"value\":\""u8, 0xC0, 0xAF, .. "\",\"version\":0}"u8], "", "UTF-8" },
        { "lone surrogate escape", "{\"value\":\"\\ud800\",\"version\":0}"u8.ToArray(), "value", "surrogate" },
        { "lone surrogate in a name", "{\"va\\udc00lue\":\"1\",\"version\":0}"u8.ToArray(), "", "property name" },
        { "NUL in the value", "{\"value\":\"1\\u0000\",\"version\":0}"u8.ToArray(), "value", "control characters" },
    };

    [Theory]
    [MemberData(nameof(JsonBodies))]
    public async Task A_json_body_that_is_not_unicode_text_is_refused_naming_the_field(string mistake, byte[] body, string field, string says)
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);
        var before = await DumpAfterStartAsync(http);

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PutAsync("/api/v1/provinces/64/statistics/TEL.SUBS.FIXED/622/2018", content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, field, says, mistake);
        Assert.Equal(before, SqliteDump.Of(_reporting.DatabaseFile));
    }

    public static TheoryData<string, string> BrokenArchives => new()
    {
        { "corrupt-data", "cannot be inflated" },
        { "lzma", "cannot be inflated" },
        { "bzip2", "cannot be inflated" },
        { "unknown-method", "cannot be inflated" },
        { "wrong-crc", "CRC" },
        { "encrypted", "encrypted" },
        { "garbage-before", "nothing before it" },
        { "parent-path", "climbs out" },
        { "absolute-path", "absolute path" },
        { "drive-path", "absolute path" },
        { "nul-in-name", "control characters" },
    };

    [Theory]
    [MemberData(nameof(BrokenArchives))]
    public async Task A_zip_that_cannot_be_read_as_it_is_is_refused_naming_the_entry_and_nothing_is_written(string damage, string says)
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);
        var before = await DumpAfterStartAsync(http);
        var documents = ProvinceDataset.GiaLai2018()["documents.csv"];

        using var content = new ByteArrayContent(Damaged(damage, documents));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "body", says, damage);
        Assert.Equal(before, SqliteDump.Of(_reporting.DatabaseFile));
    }

    [Theory]
    [InlineData("no closing boundary", false)]
    [InlineData("cut inside a file", true)]
    public async Task A_multipart_form_cut_short_is_refused_and_nothing_is_written(string mistake, bool cutInsideFile)
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);
        var before = await DumpAfterStartAsync(http);
        var form = Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"documents.csv\"; filename=\"documents.csv\"\r\n\r\n"
            + ProvinceDataset.GiaLai2018()["documents.csv"] + "\r\n");

        using var content = new ByteArrayContent(cutInsideFile ? form[..(form.Length / 2)] : form);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "body", "multipart", mistake);
        Assert.Equal(before, SqliteDump.Of(_reporting.DatabaseFile));
    }

    [Theory]
    [InlineData("../documents.csv", "climbs out")]
    [InlineData("/etc/documents.csv", "absolute path")]
    public async Task A_multipart_file_named_outside_the_dataset_is_refused(string fileName, string says)
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("number,issued_on,issuer,title\n"u8.ToArray()), "documents.csv", fileName } };
        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", form);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "files", says, fileName);
    }

    [Theory]
    [InlineData("２０１８")]
    [InlineData("٢٠١٨")]
    [InlineData("2018Q５")]
    public async Task A_period_in_other_digits_than_ascii_is_refused_naming_the_period(string period)
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);

        using var response = await http.GetAsync($"/api/v1/provinces/64/indicators/TEL.SUBS.FIXED/values?period={Uri.EscapeDataString(period)}");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "period", "period", period);
    }

    [Fact]
    public async Task A_page_token_with_nul_is_refused_naming_it()
    {
        using var telecom = new ServiceWithUnitsTestHost<telecom::Program, reporting::Program>("telecomdb");
        using var http = telecom.CreateClientAs(TestCaller.Admin);

        using var response = await http.GetAsync("/api/v1/provinces/64/postal-points?pageToken=%00");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "pageToken", "control characters", "pageToken=%00");
    }

    [Fact]
    public async Task A_megabyte_identifier_is_refused_at_the_edge_without_being_echoed()
    {
        var units = new AdministrativeUnits.AdministrativeUnitsClient(_reporting.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitAsync(new GetUnitRequest { Province = "64", Code = new string('7', 1024 * 1024) }).ResponseAsync);
        var nul = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "622\0" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("code", error.Status.Detail);
        Assert.True(error.Status.Detail.Length < 500, $"the answer echoed {error.Status.Detail.Length} characters");
        Assert.Equal(StatusCode.InvalidArgument, nul.StatusCode);
        Assert.Contains("control characters", nul.Status.Detail);
        Assert.Empty(_errors.TakeNew());
    }

    public static TheoryData<string, byte[], StatusCode> BrokenFrames => new()
    {
        { "malformed protobuf", GrpcFrames.Framed(0, [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), StatusCode.InvalidArgument },
        { "wire type 7", GrpcFrames.Framed(0, [0x0F, 0x01]), StatusCode.InvalidArgument },
        { "compressed flag 2", GrpcFrames.Framed(2, [0x0A, 0x02, 0x36, 0x34]), StatusCode.InvalidArgument },
        { "compressed flag 1 without encoding", GrpcFrames.Framed(1, [0x0A, 0x02, 0x36, 0x34]), StatusCode.InvalidArgument },
        { "4 GB length prefix", LengthPrefix(uint.MaxValue), StatusCode.ResourceExhausted },
        { "length prefix longer than the body", LengthPrefix(100), StatusCode.InvalidArgument },
        { "two messages for a unary call", [.. GrpcFrames.Framed(0, [0x0A, 0x02, 0x36, 0x34]), .. GrpcFrames.Framed(0, [0x0A, 0x02, 0x36, 0x34])], StatusCode.InvalidArgument },
        { "no message", [], StatusCode.InvalidArgument },
    };

    [Theory]
    [MemberData(nameof(BrokenFrames))]
    public async Task A_grpc_request_that_is_no_request_message_is_the_clients_mistake_and_logs_no_error(string mistake, byte[] body, StatusCode expected)
    {
        using var http = new HttpClient(new BearerTokenHandler(TestTokens.Issue(TestCaller.Admin), _reporting.Server.CreateHandler())) { BaseAddress = _reporting.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/gialai.ict.reporting.v1.AdministrativeUnits/ListUnits")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        _errors.TakeNew();

        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var status = response.Headers.TryGetValues("grpc-status", out var values) ? values.Single()
            : response.TrailingHeaders.TryGetValues("grpc-status", out var trailing) ? trailing.Single() : null;

        Assert.True(status == ((int)expected).ToString(), $"{mistake}: expected grpc-status {(int)expected} ({expected}), got {status ?? "none"}");
        Assert.Empty(_errors.TakeNew());
    }

    [Fact]
    public async Task A_failure_of_the_service_itself_answers_the_trace_id_and_nothing_of_the_exception_also_in_development()
    {
        using var http = _reporting.CreateClientAs(TestCaller.Admin);
        await DumpAfterStartAsync(http);
        BreakDatabase(_reporting.DatabaseFile);
        var units = new AdministrativeUnits.AdministrativeUnitsClient(_reporting.CreateGrpcChannel());

        using var rest = await http.GetAsync("/api/v1/provinces/64/units?parent=622");
        var body = await rest.Content.ReadAsStringAsync();
        var grpc = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "623" }).ResponseAsync);
        var logged = _errors.TakeNew();

        Assert.Equal(HttpStatusCode.InternalServerError, rest.StatusCode);
        var traceId = JsonNode.Parse(body)!["traceId"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(traceId), body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain("no such table", body);
        Assert.Equal(StatusCode.Internal, grpc.StatusCode);
        Assert.Contains("trace id", grpc.Status.Detail);
        Assert.DoesNotContain("Exception", grpc.Status.Detail);
        Assert.Contains(logged, line => line.Contains(traceId!, StringComparison.Ordinal) && line.Contains("SqliteException", StringComparison.Ordinal));
    }

    private async Task<string> DumpAfterStartAsync(HttpClient http)
    {
        using (await http.GetAsync("/health"))
        {
        }
        _errors.TakeNew();
        return SqliteDump.Of(_reporting.DatabaseFile);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected, string field, string says, string input)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{input}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{input}: the problem does not name '{field}': {body}");
        Assert.Contains(says, errors[field]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body);
    }

    private static byte[] LengthPrefix(uint length)
    {
        var frame = GrpcFrames.Framed(0, [0x0A, 0x02, 0x36, 0x34]);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), length);
        return frame;
    }

    /// <summary>A one-entry archive of the file, then damaged as named (local header and central directory alike).</summary>
    private static byte[] Damaged(string damage, string content)
    {
        var name = damage switch
        {
            "parent-path" => "../documents.csv",
            "absolute-path" => "/tmp/documents.csv",
            "drive-path" => "C:\\documents.csv",
            "nul-in-name" => "documents\0.csv",
            _ => "documents.csv",
        };
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }
        var zip = buffer.ToArray();
        var central = zip.AsSpan().IndexOf("PK\u0001\u0002"u8);
        void Method(ushort method)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(8), method);
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(central + 10), method);
        }
        switch (damage)
        {
            case "corrupt-data":
                for (var index = 40; index < 60; index++)
                {
                    zip[index] = 0xFF;
                }
                break;
            case "lzma":
                Method(14);
                break;
            case "bzip2":
                Method(12);
                break;
            case "unknown-method":
                Method(99);
                break;
            case "wrong-crc":
                zip[14] ^= 0x5A;
                zip[central + 16] ^= 0x5A;
                break;
            case "encrypted":
                zip[6] |= 1;
                zip[central + 8] |= 1;
                break;
            case "garbage-before":
                return [.. "#!/bin/sh\nexit 0\n"u8, .. zip];
        }
        return zip;
    }

    /// <summary>Takes a table away under the running service, as a damaged database file would.</summary>
    private static void BreakDatabase(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%Unit%' AND name NOT LIKE '%Audit%' ORDER BY length(name) LIMIT 1";
        var table = (string)command.ExecuteScalar()!;
        command.CommandText = $"DROP TABLE \"{table}\"";
        command.ExecuteNonQuery();
    }
}
