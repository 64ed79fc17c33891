using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>websites.csv: domain, owner_kind, owner_name, registered_on; IT adds the optional unit (the province) and closed_on.</summary>
internal sealed class WebsitesImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.WebsitesFile, ["domain", "owner_kind", "owner_name", "registered_on"], ["unit", "closed_on"])
{
    private readonly List<Website> _candidates = [];

    protected override string KeyColumn => "domain";

    protected override string? ReadRow(DatasetRow row)
    {
        var domain = row.Required("domain", 253) is { } text ? Website.NormalizeDomain(text) : null;
        if (domain is not null && Website.DomainProblem(domain) is { } problem)
        {
            row.Error("domain", problem);
        }
        var kind = row.Enum<WebsiteOwnerKind>("owner_kind");
        var owner = row.Required("owner_name");
        var registered = row.Date("registered_on");
        var closed = row.Date("closed_on", required: false);
        if (registered is { } from && closed is { } to && to < from)
        {
            row.Error("closed_on", $"'{to.ToWire()}' is before registered_on ({from.ToWire()})");
        }
        var unit = scope.Unit(row, "unit", required: false);
        if (row.HasErrors)
        {
            return domain;
        }
        _candidates.Add(new Website
        {
            ProvinceCode = scope.Province, Domain = domain!, OwnerKind = kind!.Value, OwnerName = owner!, OwnerNameFolded = VietnameseText.Fold(owner!),
            RegisteredOn = registered!.Value, UnitCode = unit!.Code, ClosedOn = closed, IsGovernmentDomain = Website.IsGovernment(domain!),
        });
        return domain;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Websites.Where(w => w.ProvinceCode == scope.Province).ToDictionaryAsync(w => w.Domain, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, w => w.Domain, w => db.Websites.Add(w), (website, candidate) => website.Take(candidate));
    }
}
