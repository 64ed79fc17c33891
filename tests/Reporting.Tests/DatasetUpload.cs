using System.Net;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Reporting.Tests;

internal static class DatasetUpload
{
    /// <summary>Imports the files as one dataset into province 64 and fails the test unless it is accepted.</summary>
    public static async Task ImportAsync(this HttpClient http, params (string Name, string Content)[] files)
    {
        var dataset = files.Aggregate(ProvinceDataset.Empty, (set, file) => set.With(file.Name, file.Content));
        using var response = await http.PostAsync("/api/v1/provinces/64/datasets", dataset.ToZipContent());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
