using System.Globalization;
using System.Text;

/// <summary>
/// IT's dataset files for the report benchmark, shaped like the seeds: seed 003's appendix (18 provincial agencies
/// and the 17 district people's committees; 405 services at level 3 and 63 at level 4, 101 of them in districts)
/// and seed 000's one-stop system in 164 communes.
/// </summary>
internal static class ItRegistries
{
    private static readonly string[] Districts =
        ["622", "623", "624", "625", "626", "627", "628", "629", "630", "631", "632", "633", "634", "635", "637", "638", "639"];

    public static string OnlineServices()
    {
        var csv = new StringBuilder("code,name,agency_code,agency_name,level,effective_from,unit\n");
        var number = 0;
        void Add(string agency, string agencyName, string unit, int level, int count)
        {
            for (var i = 0; i < count; i++)
            {
                number++;
                csv.Append(CultureInfo.InvariantCulture, $"DVC-{number:0000},Dịch vụ công trực tuyến số {number},{agency},{agencyName},{level},2017-06-01,{unit}\n");
            }
        }
        // 304 provincial level-3 services and 58 level-4 ones over 18 departments; 101 and 5 over the districts.
        for (var agency = 1; agency <= 18; agency++)
        {
            Add($"SO-{agency:00}", $"Sở số {agency}", "64", 3, agency <= 16 ? 17 : 16);
            Add($"SO-{agency:00}", $"Sở số {agency}", "64", 4, agency <= 4 ? 4 : 3);
        }
        for (var district = 0; district < Districts.Length; district++)
        {
            Add($"UB-{Districts[district]}", $"UBND huyện {Districts[district]}", Districts[district], 3, district < 16 ? 6 : 5);
            Add($"UB-{Districts[district]}", $"UBND huyện {Districts[district]}", Districts[district], 4, district < 5 ? 1 : 0);
        }
        return csv.ToString();
    }

    /// <summary>The first 164 communes of the fixture's units.csv.</summary>
    public static string OneStopDeployments(string unitsCsv)
    {
        var communes = unitsCsv.Split('\n').Skip(1).Select(line => line.Split(',')[0]).Where(code => code.Length == 5).Take(164);
        return "unit,deployed_on\n" + string.Concat(communes.Select(code => $"{code},2018-03-01\n"));
    }
}
