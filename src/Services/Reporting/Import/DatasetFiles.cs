using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Contracts.Divisions;
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
        [Units] = Platform.Reporting,
        [Statistics] = Platform.Reporting,
        [Targets] = Platform.Reporting,
        [Tasks] = Platform.Reporting,
        [Documents] = Platform.Reporting,
        ["online_services.csv"] = Platform.InformationTechnology,
        ["onestop_deployments.csv"] = Platform.InformationTechnology,
        ["incidents.csv"] = Platform.InformationTechnology,
        ["websites.csv"] = Platform.InformationTechnology,
        ["agencies.csv"] = Platform.InformationTechnology,
        ["dossier_counts.csv"] = Platform.InformationTechnology,
        ["postal_points.csv"] = Platform.PostsTelecom,
        ["bts.csv"] = Platform.PostsTelecom,
        ["press_organisations.csv"] = Platform.PressPublishing,
        ["deposit_checks.csv"] = Platform.PressPublishing,
        ["broadcasts.csv"] = Platform.PressPublishing,
        ["commune_radio.csv"] = Platform.PressPublishing,
        ["printing.csv"] = Platform.PressPublishing,
        // An addition to DATASET-FORMAT.md (README.md, "Dataset additions").
        ["communication_work.csv"] = Platform.PressPublishing,
        ["inspections.csv"] = Platform.Inspection,
        ["sanctions.csv"] = Platform.Inspection,
        ["complaints.csv"] = Platform.Inspection,
    };

    /// <summary>licences.csv is shared: each row goes to the service issuing its type.</summary>
    public static IReadOnlyDictionary<string, string> LicenceTypeOwners { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["internet_agent"] = Platform.PostsTelecom,
        ["game_point"] = Platform.PostsTelecom,
        ["frequency"] = Platform.PostsTelecom,
        ["general_website"] = Platform.PressPublishing,
        ["noncommercial_publication"] = Platform.PressPublishing,
        ["newsletter"] = Platform.PressPublishing,
        ["printing"] = Platform.PressPublishing,
        ["distribution_registration"] = Platform.PressPublishing,
        ["press_conference"] = Platform.PressPublishing,
        ["publication_import"] = Platform.PressPublishing,
    };

    /// <summary>The licence types as written in a type cell ("Game point" is game_point), each answering its code.</summary>
    public static EnumeratedValues<string> LicenceTypes { get; } = new(LicenceTypeOwners.Keys.Select(type => (type, type)));

    public static readonly IReadOnlyList<string> LicenceColumns = ["number", "type", "holder", "unit", "issued_on", "expires_on", "status"];
}
