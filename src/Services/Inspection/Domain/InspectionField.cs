namespace GiaLaiIct.Inspection.Domain;

/// <summary>The field of the department's remit an inspection or a letter concerns.</summary>
public enum InspectionField
{
    Posts,
    Telecom,
    Internet,
    Games,
    Frequency,
    Press,
    Broadcasting,
    Publishing,
    Printing,
    It,
}
