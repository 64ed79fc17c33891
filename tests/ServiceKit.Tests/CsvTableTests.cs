using System.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class CsvTableTests
{
    private static readonly string[] Required = ["code", "name"];
    private static readonly string[] Optional = ["note"];

    private static (CsvTable? Table, DatasetErrors Errors) Read(string text, bool bom = false)
    {
        var errors = new DatasetErrors();
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        return (CsvTable.Read("x.csv", bytes, Required, Optional, errors), errors);
    }

    [Fact]
    public void Columns_match_by_name_in_any_order_with_a_bom_and_quoted_cells()
    {
        var (table, errors) = Read("name,code\n\"Gia Lai, tỉnh\",64\n\"Ia\nKha\",23557\n", bom: true);

        Assert.False(errors.Any);
        Assert.Equal(["64", "23557"], table!.Rows.Select(r => r.Required("code")));
        Assert.Equal("Gia Lai, tỉnh", table.Rows[0].Required("name"));
        Assert.Null(table.Rows[0].Optional("note"));
        // The second record starts on line 3 and spans two lines.
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Text_comes_in_nfc_and_an_empty_cell_is_absent()
    {
        var decomposed = "Chư Păh".Normalize(NormalizationForm.FormD);
        var (table, _) = Read($"code,name,note\n1,{decomposed},\n");

        Assert.Equal("Chư Păh".Normalize(NormalizationForm.FormC), table!.Rows[0].Required("name"));
        Assert.Null(table.Rows[0].Optional("note"));
    }

    [Fact]
    public void An_unknown_or_repeated_column_and_a_missing_required_one_are_errors_of_the_header()
    {
        var (table, errors) = Read("code,colour,code\n1,red,1\n");

        Assert.Null(table);
        Assert.Equal([(1, "colour"), (1, "code"), (1, "name")], errors.Items.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void A_row_with_another_number_of_cells_or_text_that_is_not_utf8_is_an_error()
    {
        var (_, cells) = Read("code,name\n1,a\n2,b,extra\n");
        var errors = new DatasetErrors();
        var latin1 = CsvTable.Read("x.csv", [0x63, 0x6F, 0x64, 0x65, 0x0A, 0xE9, 0x0A], Required, Optional, errors);

        Assert.Equal(3, Assert.Single(cells.Items).Line);
        Assert.Null(latin1);
        Assert.Contains("UTF-8", Assert.Single(errors.Items).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("30/01/2018")]
    [InlineData("2018-1-5")]
    public void Dates_are_strictly_yyyy_MM_dd(string value)
    {
        var (table, errors) = Read($"code,name,note\n1,a,{value}\n");

        Assert.Null(table!.Rows[0].Date("note"));
        Assert.Equal("note", Assert.Single(errors.Items).Column);
        Assert.True(table.Rows[0].HasErrors);
    }

    [Theory]
    [InlineData("code,name\n6\u00004,Gia Lai\n", "code")]
    [InlineData("code,name\n64,Gia\u0001Lai\n", "name")]
    [InlineData("code,name\n\"6\r\n4\",Gia Lai\n", "code")]
    [InlineData("code,name,note\n64,Gia Lai,ghi\u007fchú\n", "note")]
    public void A_cell_with_a_control_character_is_refused_by_line_and_column(string text, string column)
    {
        var (table, errors) = Read(text);

        Assert.Null(table);
        var error = Assert.Single(errors.Items);
        Assert.Equal(("x.csv", 2, column), (error.File, error.Line, error.Column));
        Assert.Contains("control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_text_cell_may_span_lines_and_hold_tabs()
    {
        var (table, errors) = Read("code,name,note\n64,Gia Lai,\"dòng một\n\tdòng hai\"\n");

        Assert.False(errors.Any);
        Assert.Equal("dòng một\n\tdòng hai", table!.Rows[0].Optional("note"));
    }
}
