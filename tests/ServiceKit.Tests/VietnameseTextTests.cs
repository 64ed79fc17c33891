using System.Text;
using GiaLaiIct.Contracts.Text;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Chư Păh", "chu pah")]
    [InlineData("Huyện Đắk Đoa", "huyen dak doa")]
    [InlineData("  Ia   Grai ", "ia grai")]
    [InlineData("Phường Yên Đỗ", "phuong yen do")]
    [InlineData("Thị xã Ayun Pa", "thi xa ayun pa")]
    public void Folding_drops_diacritics_case_and_extra_spaces(string name, string folded)
    {
        Assert.Equal(folded, VietnameseText.Fold(name));
        Assert.Equal(folded, VietnameseText.Fold(name.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Normalizing_composes_decomposed_text_and_trims()
    {
        var decomposed = " Chư Păh ".Normalize(NormalizationForm.FormD);
        var normalized = VietnameseText.Normalize(decomposed)!;
        Assert.Equal("Chư Păh".Normalize(NormalizationForm.FormC), normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
        Assert.Null(VietnameseText.Normalize(null));
    }
}
