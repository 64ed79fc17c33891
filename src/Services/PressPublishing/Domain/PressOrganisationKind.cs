namespace GiaLaiIct.PressPublishing.Domain;

public enum PressOrganisationKind
{
    /// <summary>Cơ quan báo chí địa phương.</summary>
    LocalPressAgency,
    /// <summary>Văn phòng đại diện of a central press agency.</summary>
    RepresentativeOffice,
    /// <summary>Phóng viên thường trú.</summary>
    ResidentReporter,
}
