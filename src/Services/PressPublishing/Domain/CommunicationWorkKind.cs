namespace GiaLaiIct.PressPublishing.Domain;

public enum CommunicationWorkKind
{
    /// <summary>Documents directing the press and stations what to report on (văn bản chỉ đạo, định hướng tuyên truyền).</summary>
    Directive,
    /// <summary>Propaganda materials, panels and posters (tài liệu, pano, áp phích).</summary>
    Material,
    /// <summary>Training classes (lớp tập huấn, bồi dưỡng), with their trainees.</summary>
    Class,
}
