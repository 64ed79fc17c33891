namespace GiaLaiIct.Reporting.Reports;

internal enum CellAlignment
{
    Left,
    Center,
    Right,
}
