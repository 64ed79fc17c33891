extern alias reporting;

using GiaLaiIct.Indicators.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Catalogue = reporting::GiaLaiIct.Reporting.Indicators.IndicatorCatalogue;
using IndicatorKind = reporting::GiaLaiIct.Reporting.Indicators.IndicatorKind;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// Every counted indicator of the catalogue (INDICATORS.md, kind "count") has exactly one owner: the one service that
/// counts it from its registries (IndicatorSource.ListCountedIndicators) and that the catalogue names, so no count is
/// lost between services and none is counted twice.
/// </summary>
public sealed class IndicatorOwnershipTests
{
    [Fact]
    public async Task Every_counted_indicator_has_exactly_one_owner_the_one_the_catalogue_names()
    {
        var counted = await CountedByServiceAsync();
        var catalogue = new Catalogue().All;
        var counts = catalogue.Where(definition => definition.Kind == IndicatorKind.Count).ToList();

        var problems = new List<string>();
        foreach (var definition in counts)
        {
            // Reporting counts its own (communes from the unit tree) without the IndicatorSource contract.
            var owners = counted.Where(service => service.Value.ContainsKey(definition.Code)).Select(service => service.Key)
                .Concat(definition.Owner == "reporting" ? ["reporting"] : Array.Empty<string>())
                .ToList();
            if (owners.Count != 1 || owners[0] != definition.Owner)
            {
                problems.Add($"{definition.Code}: the catalogue names {definition.Owner}, counted by [{string.Join(", ", owners)}]");
            }
            else if (definition.Categories is { } categories && counted.TryGetValue(definition.Owner, out var listed)
                && !listed[definition.Code].Categories.SequenceEqual(categories))
            {
                problems.Add($"{definition.Code}: the catalogue breaks it into [{string.Join(", ", categories)}], {definition.Owner} into [{string.Join(", ", listed[definition.Code].Categories)}]");
            }
        }
        foreach (var (service, indicators) in counted)
        {
            foreach (var code in indicators.Keys.Where(code => !counts.Any(definition => definition.Code == code)))
            {
                problems.Add($"{code}: counted by {service}, but not a count indicator of the catalogue");
            }
        }

        Assert.True(counts.Count >= 4 && counted.Count == 4, $"{counts.Count} count indicators; services counting: {string.Join(", ", counted.Keys)}");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>What each service answers ListCountedIndicators with; a service that does not implement the contract counts nothing.</summary>
    private static async Task<Dictionary<string, Dictionary<string, CountedIndicator>>> CountedByServiceAsync()
    {
        var counted = new Dictionary<string, Dictionary<string, CountedIndicator>>(StringComparer.Ordinal);
        foreach (var subject in ServiceCatalogue.All)
        {
            using var host = subject.Start();
            var client = new IndicatorSource.IndicatorSourceClient(host.Channel(TestCaller.Admin));
            try
            {
                var response = await client.ListCountedIndicatorsAsync(new ListCountedIndicatorsRequest());
                var duplicates = response.Indicators.GroupBy(indicator => indicator.Code).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
                Assert.True(duplicates.Count == 0, $"{subject.Name} lists {string.Join(", ", duplicates)} more than once");
                counted[subject.Name] = response.Indicators.ToDictionary(indicator => indicator.Code, StringComparer.Ordinal);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
            {
                // Reporting: it calls the contract, it does not answer it.
            }
        }
        return counted;
    }
}
