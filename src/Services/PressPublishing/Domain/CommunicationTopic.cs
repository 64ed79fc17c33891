namespace GiaLaiIct.PressPublishing.Domain;

public enum CommunicationTopic
{
    General,
    /// <summary>Thông tin đối ngoại.</summary>
    ForeignInformation,
    /// <summary>Giảm nghèo về thông tin (national target programme).</summary>
    PovertyReduction,
}
