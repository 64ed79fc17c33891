using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceDefaults.Http;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GiaLaiIct.ServiceKit.Http;

/// <summary>
/// Applies <see cref="TextFieldRule"/> to the path values and query parameters of every REST request (plain
/// routes as well as transcoded ones) before the endpoint runs: 400 naming each parameter, nothing read further.
/// </summary>
public sealed class RequestTextCheck(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RestStatusCodePages.IsGrpcRequest(context))
        {
            await next(context);
            return;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && TextFieldRule.Problem(name, text) is { } problem)
            {
                errors[name] = [problem];
            }
        }
        foreach (var (name, values) in context.Request.Query)
        {
            var problems = values.Select(value => TextFieldRule.Problem(name, value)).OfType<string>().ToArray();
            if (TextFieldRule.Problem("parameter", name) is { } nameProblem)
            {
                errors["query"] = [$"a parameter name {nameProblem}"];
            }
            else if (problems.Length > 0)
            {
                errors[name] = problems;
            }
        }
        if (errors.Count == 0)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var refusal = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = GrpcStatusProblems.Title(StatusCode.InvalidArgument),
            Detail = "Invalid request: " + string.Join("; ", errors.Select(error => $"{error.Key} {error.Value[0]}")),
        };
        refusal.Extensions["grpcStatus"] = StatusCode.InvalidArgument.ToString();
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = refusal });
    }
}
