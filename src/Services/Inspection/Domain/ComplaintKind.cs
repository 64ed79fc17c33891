namespace GiaLaiIct.Inspection.Domain;

/// <summary>Đơn thư: khiếu nại (complaint), tố cáo (denunciation), kiến nghị (petition), phản ánh (feedback).</summary>
public enum ComplaintKind
{
    Complaint,
    Denunciation,
    Petition,
    Feedback,
}
