using System.Text;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Http;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class ProblemDetailsTranslationTests
{
    [Fact]
    public void Field_violations_become_problem_errors_keyed_by_field()
    {
        var status = """
            {"code":3,"message":"Invalid request","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest",
             "fieldViolations":[{"field":"unit","description":"does not exist"},{"field":"unit","description":"is a district"},
             {"field":"kind","description":"unknown"}]}]}
            """;

        var problem = TranscodingProblemDetailsMiddleware.TryReadStatus(Encoding.UTF8.GetBytes(status), 400);

        var validation = Assert.IsType<ValidationProblemDetails>(problem);
        Assert.Equal(["does not exist", "is a district"], validation.Errors["unit"]);
        Assert.Equal(["unknown"], validation.Errors["kind"]);
        Assert.Equal("Invalid request", validation.Detail);
        Assert.Equal(400, validation.Status);
    }

    [Fact]
    public void Other_statuses_keep_their_http_code_and_message()
    {
        var problem = TranscodingProblemDetailsMiddleware.TryReadStatus(Encoding.UTF8.GetBytes("""{"code":10,"message":"changed"}"""), 409);

        Assert.NotNull(problem);
        Assert.IsNotType<ValidationProblemDetails>(problem);
        Assert.Equal(409, problem.Status);
        Assert.Equal("Aborted", problem.Extensions["grpcStatus"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"title":"already a problem"}""")]
    public void Bodies_that_are_not_a_status_are_left_alone(string body)
    {
        Assert.Null(TranscodingProblemDetailsMiddleware.TryReadStatus(Encoding.UTF8.GetBytes(body), 400));
    }

    [Fact]
    public void Collected_violations_fail_the_call_once_with_every_field()
    {
        var violations = new FieldViolations();
        violations.Required("name", " ");
        violations.Required("kind", "bdvhx");
        violations.MaxLength("id", new string('x', 65), 64);

        var error = Assert.Throws<RpcException>(violations.ThrowIfAny);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["name", "id"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }
}
