using System.Text.Json;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// Reads the form of a token request before the token endpoint does, and answers a form that cannot be read
/// (percent escapes of NUL, a broken encoding) or holds control characters as the OAuth error
/// <c>invalid_request</c> (400) naming the parameter, instead of letting the form reader's exception become a 500.
/// The form read here is the one the endpoint then uses.
/// </summary>
public sealed class TokenRequestFormCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(IdentityEndpoints.Token, StringComparison.OrdinalIgnoreCase)
            || !context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }
        string? refusal;
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            // Characters only: secrets may be longer than an identifier, and the form's size has its own limit.
            refusal = form.Select(field => TextFieldRule.CharacterProblem("parameter", field.Key) is { } nameProblem
                    ? $"a parameter name {nameProblem}"
                    : field.Value.Select(value => TextFieldRule.CharacterProblem(field.Key, value)).OfType<string>().Select(problem => $"{field.Key} {problem}").FirstOrDefault())
                .OfType<string>()
                .FirstOrDefault();
        }
        catch (InvalidDataException exception)
        {
            refusal = $"the form cannot be read: {exception.Message}";
        }
        if (refusal is null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json;charset=UTF-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new Dictionary<string, string>
        {
            ["error"] = "invalid_request",
            ["error_description"] = refusal,
        }, cancellationToken: context.RequestAborted);
    }
}
