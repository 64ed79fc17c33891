namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// What the shared e-government systems did for a unit in one period, as the seeds report it: official e-mail
/// accounts (held at the period's end; created and removed in it), users of the document-management software
/// (QLVB&amp;ĐH), electronic documents exchanged, video-conference meetings, digital-signature certificates in use
/// (organisations', individuals'), and IT training classes with their attendees. A figure not reported is null;
/// the rules of <see cref="Problems"/> hold for every write, from the API or a dataset.
/// </summary>
public sealed record EGovernmentFigures(
    long? MailAccounts = null, long? MailCreated = null, long? MailRemoved = null, long? DocumentUsers = null, long? DocumentsExchanged = null,
    long? VideoMeetings = null, long? CertificatesOrganisation = null, long? CertificatesIndividual = null,
    long? TrainingClasses = null, long? TrainingAttendees = null)
{
    /// <summary>Every figure with its wire name (camelCase) and dataset column, in the contract's order.</summary>
    public static IReadOnlyList<EGovernmentFigure> All { get; } =
    [
        new("mailAccounts", "mail_accounts", "official e-mail accounts held", EGovernmentFigureKind.AtPeriodEnd, f => f.MailAccounts),
        new("mailCreated", "mail_created", "official e-mail accounts created", EGovernmentFigureKind.InsidePeriod, f => f.MailCreated),
        new("mailRemoved", "mail_removed", "official e-mail accounts removed", EGovernmentFigureKind.InsidePeriod, f => f.MailRemoved),
        new("documentUsers", "document_users", "users of the document-management software", EGovernmentFigureKind.AtPeriodEnd, f => f.DocumentUsers),
        new("documentsExchanged", "documents_exchanged", "electronic documents exchanged", EGovernmentFigureKind.InsidePeriod, f => f.DocumentsExchanged),
        new("videoMeetings", "video_meetings", "video-conference meetings held", EGovernmentFigureKind.InsidePeriod, f => f.VideoMeetings),
        new("certificatesOrganisation", "certificates_organisation", "organisations' digital-signature certificates in use", EGovernmentFigureKind.AtPeriodEnd, f => f.CertificatesOrganisation),
        new("certificatesIndividual", "certificates_individual", "individuals' digital-signature certificates in use", EGovernmentFigureKind.AtPeriodEnd, f => f.CertificatesIndividual),
        new("trainingClasses", "training_classes", "IT training classes held", EGovernmentFigureKind.InsidePeriod, f => f.TrainingClasses),
        new("trainingAttendees", "training_attendees", "attendees of IT training classes", EGovernmentFigureKind.InsidePeriod, f => f.TrainingAttendees),
    ];

    /// <summary>The figures as <paramref name="read"/> gives each of <see cref="All"/> (a dataset row's cells, say).</summary>
    public static EGovernmentFigures From(Func<EGovernmentFigure, long?> read)
    {
        var values = All.Select(read).ToArray();
        return new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9]);
    }

    /// <summary>Each broken rule with the field (wire name) it is told against.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        var reported = 0;
        foreach (var figure in All)
        {
            if (figure.Read(this) is not { } value)
            {
                continue;
            }
            reported++;
            if (value < 0)
            {
                yield return (figure.Field, $"must not be negative (got {value})");
            }
        }
        if (reported == 0)
        {
            yield return (All[0].Field, $"no figure is given: report at least one of {string.Join(", ", All.Select(f => f.Field))}");
        }
        // A class is held for someone, and attendees are counted by the classes they sat in.
        if (TrainingAttendees > 0 && TrainingClasses is null)
        {
            yield return ("trainingClasses", $"is needed with the {TrainingAttendees} training attendees: report the classes they attended");
        }
        else if (TrainingAttendees < TrainingClasses && TrainingAttendees >= 0)
        {
            yield return ("trainingAttendees", $"{TrainingAttendees} attendees is fewer than the {TrainingClasses} classes held");
        }
    }
}

/// <summary>Whether a figure is a stock held at the period's end or a count of what happened inside the period.</summary>
public enum EGovernmentFigureKind
{
    AtPeriodEnd,
    InsidePeriod,
}

/// <param name="Field">The wire name (camelCase) errors name.</param>
/// <param name="Column">The column of egov_figures.csv.</param>
/// <param name="Describes">What it counts, in the words of an indicator's rule.</param>
public sealed record EGovernmentFigure(string Field, string Column, string Describes, EGovernmentFigureKind Kind, Func<EGovernmentFigures, long?> Read);
