using System.Text.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using GiaLaiIct.ServiceDefaults.Http;

namespace GiaLaiIct.ServiceKit.Http;

/// <summary>
/// REST clients of this platform are promised RFC 7807 problem details with <c>errors</c> keyed by
/// field. For transcoded routes that means two things, done here in the service that owns the route:
/// a mistyped JSON body is refused before the call with each bad field named, and the
/// <c>google.rpc.Status</c> that JSON transcoding writes for a failed call (with its BadRequest
/// field violations) is rewritten as problem details.
/// </summary>
public sealed class TranscodingProblemDetailsMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    private const string BadRequestType = "type.googleapis.com/google.rpc.BadRequest";

    public async Task InvokeAsync(HttpContext context)
    {
        if (RestStatusCodePages.IsGrpcRequest(context))
        {
            await next(context);
            return;
        }

        if (await RejectMistypedBodyAsync(context))
        {
            return;
        }

        var original = context.Response.Body;
        var capturing = new ErrorCapturingStream(original, context.Response);
        context.Response.Body = capturing;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (capturing.Captured is not { } captured)
        {
            return;
        }
        var problem = TryReadStatus(captured.ToArray(), context.Response.StatusCode);
        if (problem is null)
        {
            captured.Position = 0;
            await captured.CopyToAsync(original, context.RequestAborted);
            return;
        }
        context.Response.ContentLength = null;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }


    /// <summary>
    /// Reads a transcoded call's JSON body once, before the transcoder does, and answers 400 naming
    /// every mistyped or unknown field. Answers whether it did.
    /// </summary>
    private async Task<bool> RejectMistypedBodyAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        var bodyField = metadata?.HttpRule.Body;
        if (metadata is null || string.IsNullOrEmpty(bodyField) || context.Request.ContentLength == 0)
        {
            return false;
        }
        var message = bodyField == "*"
            ? metadata.MethodDescriptor.InputType
            : metadata.MethodDescriptor.InputType.FindFieldByName(bodyField)?.MessageType;
        if (message is null)
        {
            return false;
        }

        context.Request.EnableBuffering();
        IReadOnlyList<(string Field, string Problem)> problems;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
            if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
            {
                problems = [("", "the body is not UTF-8 text: JSON must be sent as UTF-8")];
            }
            else
            {
                using var document = JsonDocument.Parse(bytes);
                problems = JsonBodyShapeValidator.Validate(document.RootElement, message);
            }
        }
        catch (JsonException exception)
        {
            problems = [("", $"the body is not valid JSON: {exception.Message}")];
        }
        finally
        {
            context.Request.Body.Position = 0;
        }
        if (problems.Count == 0)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var errors = problems.GroupBy(problem => problem.Field)
            .ToDictionary(group => group.Key, group => group.Select(problem => problem.Problem).ToArray(), StringComparer.Ordinal);
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = GrpcStatusProblems.Title(StatusCode.InvalidArgument),
            Detail = "Invalid request: " + string.Join("; ", problems.Select(p => $"{p.Field} {p.Problem}".Trim())),
        };
        problem.Extensions["grpcStatus"] = StatusCode.InvalidArgument.ToString();
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
        return true;
    }

    internal static ProblemDetails? TryReadStatus(byte[] body, int httpStatus)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        if (root is not JsonObject status || status["code"] is null || status["message"] is null)
        {
            return null;
        }

        var code = (StatusCode)status["code"]!.GetValue<int>();
        var message = status["message"]!.GetValue<string>();
        var problem = httpStatus == StatusCodes.Status400BadRequest
            ? new ValidationProblemDetails(ReadFieldViolations(status))
            : new ProblemDetails();
        problem.Status = httpStatus;
        problem.Title = GrpcStatusProblems.Title(code);
        problem.Detail = message;
        problem.Extensions["grpcStatus"] = code.ToString();
        return problem;
    }

    private static Dictionary<string, string[]> ReadFieldViolations(JsonObject status)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (status["details"] is JsonArray details)
        {
            foreach (var detail in details.OfType<JsonObject>())
            {
                if (detail["@type"]?.GetValue<string>() != BadRequestType || detail["fieldViolations"] is not JsonArray violations)
                {
                    continue;
                }
                foreach (var violation in violations.OfType<JsonObject>())
                {
                    var field = violation["field"]?.GetValue<string>() ?? string.Empty;
                    var description = violation["description"]?.GetValue<string>() ?? string.Empty;
                    if (!errors.TryGetValue(field, out var list))
                    {
                        errors[field] = list = [];
                    }
                    list.Add(description);
                }
            }
        }
        return errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}

public static class TranscodingProblemDetailsExtensions
{
    public static IApplicationBuilder UseTranscodingProblemDetails(this IApplicationBuilder app) =>
        app.UseMiddleware<TranscodingProblemDetailsMiddleware>();
}
