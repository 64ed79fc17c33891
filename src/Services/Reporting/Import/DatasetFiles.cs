using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.Reporting.Import;

/// <summary>The files of a province dataset and the service owning each (DATASET-FORMAT.md).</summary>
public static class DatasetFiles
{
    public const string Units = "units.csv";
    public const string Statistics = "statistics.csv";
    public const string Targets = "targets.csv";
    public const string Tasks = "tasks.csv";
    public const string Documents = "documents.csv";
    public const string Licences = "licences.csv";

    public static IReadOnlyDictionary<string, string> Owners { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Units] = ServiceNames.Reporting,
        [Statistics] = ServiceNames.Reporting,
        [Targets] = ServiceNames.Reporting,
        [Tasks] = ServiceNames.Reporting,
        [Documents] = ServiceNames.Reporting,
        ["online_services.csv"] = ServiceNames.InformationTechnology,
        ["onestop_deployments.csv"] = ServiceNames.InformationTechnology,
        ["incidents.csv"] = ServiceNames.InformationTechnology,
        ["websites.csv"] = ServiceNames.InformationTechnology,
        ["agencies.csv"] = ServiceNames.InformationTechnology,
        ["dossier_counts.csv"] = ServiceNames.InformationTechnology,
        ["postal_points.csv"] = ServiceNames.PostsTelecom,
        ["bts.csv"] = ServiceNames.PostsTelecom,
        ["press_organisations.csv"] = ServiceNames.PressPublishing,
        ["deposit_checks.csv"] = ServiceNames.PressPublishing,
        ["broadcasts.csv"] = ServiceNames.PressPublishing,
        ["commune_radio.csv"] = ServiceNames.PressPublishing,
        ["printing.csv"] = ServiceNames.PressPublishing,
        // An addition to DATASET-FORMAT.md (README.md, "Dataset additions").
        ["communication_work.csv"] = ServiceNames.PressPublishing,
        ["inspections.csv"] = ServiceNames.Inspection,
        ["sanctions.csv"] = ServiceNames.Inspection,
        ["complaints.csv"] = ServiceNames.Inspection,
    };

    /// <summary>licences.csv is shared: each row goes to the service issuing its type.</summary>
    public static IReadOnlyDictionary<string, string> LicenceTypeOwners { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["internet_agent"] = ServiceNames.PostsTelecom,
        ["game_point"] = ServiceNames.PostsTelecom,
        ["frequency"] = ServiceNames.PostsTelecom,
        ["general_website"] = ServiceNames.PressPublishing,
        ["noncommercial_publication"] = ServiceNames.PressPublishing,
        ["newsletter"] = ServiceNames.PressPublishing,
        ["printing"] = ServiceNames.PressPublishing,
        ["distribution_registration"] = ServiceNames.PressPublishing,
        ["press_conference"] = ServiceNames.PressPublishing,
        ["publication_import"] = ServiceNames.PressPublishing,
    };

    /// <summary>The licence types as written in a type cell ("Game point" is game_point), each answering its code.</summary>
    public static EnumeratedValues<string> LicenceTypes { get; } = new(LicenceTypeOwners.Keys.Select(type => (type, type)));

    public static readonly IReadOnlyList<string> LicenceColumns = ["number", "type", "holder", "unit", "issued_on", "expires_on", "status"];
}
