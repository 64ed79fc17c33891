using System.Runtime.Serialization;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class EnumeratedValuesTests
{
    public enum Technology
    {
        [EnumMember(Value = "4G")] G4,
        [EnumMember(Value = "5G")] G5,
    }

    public enum PointKind
    {
        Bdvhx,
        PostOffice,
    }

    private static readonly EnumeratedValues<string> Operators = new(
        [("VIETTEL", "VIETTEL"), ("VNPOST", "VNPOST"), ("VIETTELPOST", "VIETTELPOST")],
        [("Bưu điện", "VNPOST"), ("Viettel Post", "VIETTELPOST"), ("Bưu chính", "VNPOST"), ("Bưu chính", "VIETTELPOST")]);

    [Theory]
    [InlineData("4g", Technology.G4)]
    [InlineData(" 5G ", Technology.G5)]
    public void An_enum_is_matched_by_its_wire_name_in_any_case(string text, Technology expected)
    {
        Assert.True(EnumeratedValues.Of<Technology>().TryMatch(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("post_office")]
    [InlineData("Post office")]
    [InlineData("POST-OFFICE")]
    [InlineData("PostOffice")]
    public void Separators_and_case_do_not_matter(string text)
    {
        Assert.True(EnumeratedValues.Of<PointKind>().TryMatch(text, out var value));
        Assert.Equal(PointKind.PostOffice, value);
    }

    [Theory]
    [InlineData("Viettel", "VIETTEL")]
    [InlineData("Bưu điện", "VNPOST")]
    [InlineData("BUU DIEN", "VNPOST")]
    [InlineData("bưu điện", "VNPOST")]
    [InlineData("VNPost", "VNPOST")]
    [InlineData("viettel-post", "VIETTELPOST")]
    public void A_code_or_a_common_name_matches_without_diacritics_or_case(string text, string expected)
    {
        Assert.True(Operators.TryMatch(text, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("Bưu chính")]
    [InlineData("Telstra")]
    [InlineData("")]
    [InlineData("4G5G")]
    public void A_name_two_values_share_or_an_unknown_text_matches_nothing(string text)
    {
        Assert.False(Operators.TryMatch(text, out _));
        Assert.False(EnumeratedValues.Of<Technology>().TryMatch(text, out _));
    }

    [Fact]
    public void An_unknown_value_is_a_violation_of_its_field_listing_the_codes()
    {
        var violations = new FieldViolations();

        var (value, found) = violations.Match("operator", "Telstra", Operators);
        var technology = violations.Enum<Technology>("technology", "lte");

        Assert.False(found);
        Assert.Null(value);
        Assert.Null(technology);
        Assert.Equal(
            ["operator: 'Telstra' is not one of: VIETTEL, VNPOST, VIETTELPOST", "technology: 'lte' is not one of: 4G, 5G"],
            violations.Items.Select(v => $"{v.Field}: {v.Description}"));
    }

    [Fact]
    public void A_dataset_cell_is_matched_the_same_way_and_an_unknown_one_is_an_error_of_its_column()
    {
        var errors = new DatasetErrors();
        var table = CsvTable.Read("bts.csv", "operator,technology\nViettel,4g\nTelstra,lte\n"u8.ToArray(), ["operator", "technology"], [], errors);

        var rows = table!.Rows.Select(row => (row.Match("operator", Operators, required: true), row.Enum<Technology>("technology"))).ToList();

        Assert.Equal(("VIETTEL", true), rows[0].Item1);
        Assert.Equal(Technology.G4, rows[0].Item2);
        Assert.False(rows[1].Item1.Found);
        Assert.Null(rows[1].Item2);
        Assert.Equal([(3, "operator"), (3, "technology")], errors.Items.Select(e => (e.Line, e.Column)));
    }
}
