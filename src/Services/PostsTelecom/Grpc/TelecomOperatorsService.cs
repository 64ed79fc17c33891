using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class TelecomOperatorsService(PostsTelecomDbContext db) : TelecomOperators.TelecomOperatorsBase
{
    private const int CodeLength = 32;

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.TelecomOperator> CreateOperator(CreateOperatorRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var code = Code(violations, request.Code);
        var (name, field) = Values(violations, request.Name, request.Field);
        violations.ThrowIfAny();

        var created = await db.CreateOnceAsync<Domain.TelecomOperator>(
            o => o.Code == code,
            stored => stored.Name == name && stored.Field == field,
            () => new Domain.TelecomOperator { Code = code, Name = name, NameFolded = VietnameseText.Fold(name), Field = field },
            _ => $"Operator {code} already exists with other values.",
            context.CancellationToken);
        return created.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.TelecomOperator> UpdateOperator(UpdateOperatorRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var code = Code(violations, request.Code);
        var (name, field) = Values(violations, request.Name, request.Field);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var stored = await db.Operators.SingleOrDefaultAsync(o => o.Code == code, context.CancellationToken)
            ?? throw NotFound(code);
        stored.Name = name;
        stored.NameFolded = VietnameseText.Fold(name);
        stored.Field = field;
        await db.SaveAsOfVersionAsync(stored, request.Version, context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<V1.TelecomOperator> GetOperator(GetOperatorRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var code = Code(violations, request.Code);
        violations.ThrowIfAny();
        var stored = await db.Operators.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, context.CancellationToken)
            ?? throw NotFound(code);
        return stored.ToMessage();
    }

    public override async Task<ListOperatorsResponse> ListOperators(ListOperatorsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var field = violations.OptionalEnum<OperatorField>("field", request.Field);
        violations.ThrowIfAny();

        var query = db.Operators.AsNoTracking();
        if (field is { } wanted)
        {
            // An operator in both fields serves either.
            query = query.Where(o => o.Field == wanted || o.Field == OperatorField.Both);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var codeWords = words.ToUpperInvariant();
            query = query.Where(o => o.NameFolded.Contains(words) || o.Code.Contains(codeWords));
        }
        var (page, next) = await query.PageByKeyAsync(o => o.Code, request.PageToken, pageSize, context.CancellationToken);
        return new ListOperatorsResponse { Operators = { page.Select(o => o.ToMessage()) }, NextPageToken = next };
    }

    private static string Code(FieldViolations violations, string code)
    {
        if (violations.Required("code", code))
        {
            violations.MaxLength("code", code.Trim(), CodeLength);
            if (!code.Trim().All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                violations.Add("code", $"'{code}' must be upper-case letters, digits, '-' or '_' (e.g. VIETTEL)");
            }
        }
        return code.Trim();
    }

    private static (string Name, OperatorField Field) Values(FieldViolations violations, string name, string field)
    {
        violations.Required("name", name);
        violations.MaxLength("name", name, 200);
        var parsedField = violations.Enum<OperatorField>("field", field);
        return (VietnameseText.Normalize(name) ?? string.Empty, parsedField.GetValueOrDefault());
    }

    private static RpcException NotFound(string code) =>
        new(new Status(StatusCode.NotFound, $"Operator {code} does not exist."));
}
