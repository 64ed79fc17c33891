namespace GiaLaiIct.InformationTechnology.Indicators;

/// <summary>The catalogue codes (INDICATORS.md, and the IT additions) this service counts from its registries.</summary>
public static class ItIndicatorCodes
{
    public const string ServicesLevel12 = "IT.DVC.L12";
    public const string ServicesLevel3 = "IT.DVC.L3";
    public const string ServicesLevel4 = "IT.DVC.L4";
    public const string ServicesAdded = "IT.DVC.ADDED";
    public const string AgenciesWithLevel34 = "IT.DVC.AGENCIES";
    public const string Procedures = "IT.TTHC";
    public const string OneStopCommunes = "IT.ONESTOP.COMMUNES";
    public const string OneStopUnits = "IT.ONESTOP.UNITS";
    public const string DossiersReceived = "IT.DOSSIER.RECEIVED";
    public const string DossiersOnline = "IT.DOSSIER.ONLINE";
    public const string DossiersDirect = "IT.DOSSIER.DIRECT";
    public const string DossiersResolved = "IT.DOSSIER.RESOLVED";
    public const string DossiersOnTime = "IT.DOSSIER.ONTIME";
    public const string DossiersLate = "IT.DOSSIER.LATE";
    public const string DossiersPending = "IT.DOSSIER.PENDING";
    public const string Apologies = "IT.DOSSIER.APOLOGIES";
    public const string MailAccounts = "IT.MAIL.ACCOUNTS";
    public const string MailCreated = "IT.MAIL.CREATED";
    public const string MailRemoved = "IT.MAIL.REMOVED";
    public const string DocumentUsers = "IT.DOCMGMT.USERS";
    public const string DocumentsExchanged = "IT.EDOC.EXCHANGED";
    public const string VideoMeetings = "IT.VIDEOCONF.MEETINGS";
    public const string CertificatesOrganisation = "IT.CERTS.ORG";
    public const string CertificatesIndividual = "IT.CERTS.PERSON";
    public const string TrainingClasses = "IT.TRAINING.CLASSES";
    public const string TrainingAttendees = "IT.TRAINING.ATTENDEES";
    public const string Incidents = "IT.INCIDENTS";
    public const string Websites = "IT.WEBSITES";
    public const string GovernmentDomains = "IT.DOMAINS.GOVVN";
}
