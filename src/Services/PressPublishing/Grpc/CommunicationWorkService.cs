using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using CommunicationWork = GiaLaiIct.PressPublishing.Domain.CommunicationWork;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class CommunicationWorkService(PressPublishingDbContext db, UnitDirectory units) : CommunicationWorks.CommunicationWorksBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.CommunicationWork> CreateCommunicationWork(CreateCommunicationWorkRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new WorkFields(
            request.Province, request.Id, request.Kind, request.Topic, request.Title, request.HeldOn, request.Unit, request.Quantity, request.Trainees), context.CancellationToken);
        violations.ThrowIfAny();

        var work = await db.CreateOnceAsync<CommunicationWork>(
            w => w.ProvinceCode == values.Province && w.Id == values.Id,
            stored => values.SameAs(stored),
            () =>
            {
                var created = new CommunicationWork
                {
                    ProvinceCode = values.Province, Id = values.Id, Kind = values.Kind, Topic = values.Topic, Title = values.Title,
                    TitleFolded = VietnameseText.Fold(values.Title), HeldOn = values.HeldOn, UnitCode = values.Unit, Quantity = values.Quantity, Trainees = values.Trainees,
                };
                return created;
            },
            stored => $"Communication work {values.Id} already exists in province {values.Province} with other values.",
            context.CancellationToken);
        return work.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.CommunicationWork> UpdateCommunicationWork(UpdateCommunicationWorkRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new WorkFields(
            request.Province, request.Id, request.Kind, request.Topic, request.Title, request.HeldOn, request.Unit, request.Quantity, request.Trainees), context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var work = await db.CommunicationWork.SingleOrDefaultAsync(w => w.ProvinceCode == values.Province && w.Id == values.Id, context.CancellationToken)
            ?? throw NotFound(values.Province, values.Id);
        work.Kind = values.Kind;
        work.Topic = values.Topic;
        work.Title = values.Title;
        work.TitleFolded = VietnameseText.Fold(values.Title);
        work.HeldOn = values.HeldOn;
        work.UnitCode = values.Unit;
        work.Quantity = values.Quantity;
        work.Trainees = values.Trainees;
        await db.SaveAsOfVersionAsync(work, request.Version, context.CancellationToken);
        return work.ToMessage();
    }

    public override async Task<V1.CommunicationWork> GetCommunicationWork(GetCommunicationWorkRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var id = request.Id.Trim();
        var work = await db.CommunicationWork.AsNoTracking().SingleOrDefaultAsync(w => w.ProvinceCode == province && w.Id == id, context.CancellationToken)
            ?? throw NotFound(province, id);
        return work.ToMessage();
    }

    public override async Task<ListCommunicationWorkResponse> ListCommunicationWork(ListCommunicationWorkRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<CommunicationWorkKind>("kind", request.Kind);
        var topic = violations.OptionalEnum<CommunicationTopic>("topic", request.Topic);
        var from = violations.Date("heldFrom", request.HeldFrom, required: false);
        var to = violations.Date("heldTo", request.HeldTo, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.CommunicationWork.AsNoTracking().Where(w => w.ProvinceCode == province);
        if (kind is { } wantedKind)
        {
            query = query.Where(w => w.Kind == wantedKind);
        }
        if (topic is { } wantedTopic)
        {
            query = query.Where(w => w.Topic == wantedTopic);
        }
        if (from is { } first)
        {
            query = query.Where(w => w.HeldOn >= first);
        }
        if (to is { } last)
        {
            query = query.Where(w => w.HeldOn <= last);
        }
        if (unitCodes is not null)
        {
            query = query.Where(w => unitCodes.Contains(w.UnitCode));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(w => w.TitleFolded.Contains(words));
        }
        var (page, next) = await query.PageByKeyAsync(w => w.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListCommunicationWorkResponse { Records = { page.Select(w => w.ToMessage()) }, NextPageToken = next };
    }

    private sealed record WorkFields(string Province, string Id, string Kind, string Topic, string Title, string HeldOn, string Unit, int Quantity, int Trainees);

    private sealed record Values(string Province, string Id, CommunicationWorkKind Kind, CommunicationTopic Topic, string Title, DateOnly HeldOn, string Unit, int Quantity, int Trainees)
    {
        public bool SameAs(CommunicationWork stored) =>
            stored.Kind == Kind && stored.Topic == Topic && stored.Title == Title && stored.HeldOn == HeldOn && stored.UnitCode == Unit
            && stored.Quantity == Quantity && stored.Trainees == Trainees;
    }

    private async Task<Values> ValidateAsync(FieldViolations violations, WorkFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("id", fields.Id);
        violations.MaxLength("id", fields.Id.Trim(), 64);
        var kind = violations.Enum<CommunicationWorkKind>("kind", fields.Kind);
        var topic = string.IsNullOrWhiteSpace(fields.Topic) ? CommunicationTopic.General : violations.Enum<CommunicationTopic>("topic", fields.Topic);
        violations.Required("title", fields.Title);
        var title = VietnameseText.Normalize(fields.Title) ?? string.Empty;
        violations.MaxLength("title", title, 500);
        var heldOn = violations.Date("heldOn", fields.HeldOn);
        violations.NotNegative("quantity", fields.Quantity);
        violations.NotNegative("trainees", fields.Trainees);
        if (kind is { } k && CommunicationWork.TraineesRefused(k, fields.Trainees) is { } problem)
        {
            violations.Add("trainees", problem);
        }
        await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: false, cancellationToken);
        return new Values(fields.Province.Trim(), fields.Id.Trim(), kind.GetValueOrDefault(), topic.GetValueOrDefault(), title, heldOn.GetValueOrDefault(),
            fields.Unit.Trim(), fields.Quantity, fields.Trainees);
    }

    private static RpcException NotFound(string province, string id) =>
        new(new Status(StatusCode.NotFound, $"Communication work {id} does not exist in province {province}."));
}
