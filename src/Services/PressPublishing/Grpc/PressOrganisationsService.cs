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
using PressOrganisation = GiaLaiIct.PressPublishing.Domain.PressOrganisation;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class PressOrganisationsService(PressPublishingDbContext db, UnitDirectory units) : PressOrganisations.PressOrganisationsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressOrganisation> CreatePressOrganisation(CreatePressOrganisationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, request.Province, request.Name, request.Kind, request.Unit, request.StartedOn, request.EndedOn, context.CancellationToken);
        violations.ThrowIfAny();

        var organisation = await db.CreateOnceAsync<PressOrganisation>(
            o => o.ProvinceCode == values.Province && o.Name == values.Name,
            stored => values.SameAs(stored),
            () =>
            {
                var created = new PressOrganisation
                {
                    ProvinceCode = values.Province,
                    Name = values.Name,
                    NameFolded = VietnameseText.Fold(values.Name),
                    Kind = values.Kind,
                };
                values.ApplyTo(created);
                return created;
            },
            stored => $"Press organisation '{values.Name}' already exists in province {values.Province} as {WireNames.ToWire(stored.Kind)}.",
            context.CancellationToken);
        return organisation.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.PressOrganisation> UpdatePressOrganisation(UpdatePressOrganisationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, request.Province, request.Name, request.Kind, request.Unit, request.StartedOn, request.EndedOn, context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.ProvinceCode == values.Province && o.Name == values.Name, context.CancellationToken)
            ?? throw NotFound(values.Province, values.Name);
        values.ApplyTo(organisation);
        await db.SaveAsOfVersionAsync(organisation, request.Version, context.CancellationToken);
        return organisation.ToMessage();
    }

    public override async Task<V1.PressOrganisation> GetPressOrganisation(GetPressOrganisationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("name", request.Name);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var name = VietnameseText.Normalize(request.Name)!;
        var organisation = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.ProvinceCode == province && o.Name == name, context.CancellationToken)
            ?? throw NotFound(province, name);
        return organisation.ToMessage();
    }

    public override async Task<ListPressOrganisationsResponse> ListPressOrganisations(ListPressOrganisationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<PressOrganisationKind>("kind", request.Kind);
        var activeOn = violations.Date("activeOn", request.ActiveOn, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Organisations.AsNoTracking().Where(o => o.ProvinceCode == province);
        if (kind is { } wantedKind)
        {
            query = query.Where(o => o.Kind == wantedKind);
        }
        if (activeOn is { } day)
        {
            query = query.Where(o => (o.StartedOn == null || o.StartedOn <= day) && (o.EndedOn == null || o.EndedOn > day));
        }
        if (unitCodes is not null)
        {
            query = query.Where(o => o.UnitCode != null && unitCodes.Contains(o.UnitCode));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(o => o.NameFolded.Contains(words));
        }
        var (page, nextPageToken) = await query.PageByKeyAsync(o => o.Name, request.PageToken, pageSize, context.CancellationToken);
        return new ListPressOrganisationsResponse { Organisations = { page.Select(o => o.ToMessage()) }, NextPageToken = nextPageToken };
    }

    private sealed record Values(string Province, string Name, PressOrganisationKind Kind, string? UnitCode, DateOnly? StartedOn, DateOnly? EndedOn)
    {
        public bool SameAs(PressOrganisation stored) =>
            stored.Kind == Kind && stored.UnitCode == UnitCode && stored.StartedOn == StartedOn && stored.EndedOn == EndedOn;

        public void ApplyTo(PressOrganisation organisation)
        {
            organisation.Kind = Kind;
            organisation.UnitCode = UnitCode;
            organisation.StartedOn = StartedOn;
            organisation.EndedOn = EndedOn;
        }
    }

    private async Task<Values> ValidateAsync(
        FieldViolations violations, string province, string name, string kind, string unit, string startedOn, string endedOn, CancellationToken cancellationToken)
    {
        violations.Required("province", province);
        violations.Required("name", name);
        var normalized = VietnameseText.Normalize(name) ?? string.Empty;
        violations.MaxLength("name", normalized, 200);
        var parsedKind = violations.Enum<PressOrganisationKind>("kind", kind);
        var started = violations.Date("startedOn", startedOn, required: false);
        var ended = violations.Date("endedOn", endedOn, required: false);
        if (started is { } from && ended is { } to && to <= from)
        {
            violations.Add("endedOn", $"'{to.ToWire()}' must be after startedOn ({from.ToWire()})");
        }
        string? unitCode = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            unitCode = (await units.RequireUnitAsync(violations, "unit", province, unit, communeOnly: false, cancellationToken))?.Code;
        }
        else
        {
            await units.RequireLoadedProvinceAsync(violations, province, cancellationToken);
        }
        return new Values(province.Trim(), normalized, parsedKind.GetValueOrDefault(), unitCode, started, ended);
    }

    private static RpcException NotFound(string province, string name) =>
        new(new Status(StatusCode.NotFound, $"Press organisation '{name}' does not exist in province {province}."));
}
