namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Runs each category of inputs against one target: gRPC request bytes for every method, REST requests for every
/// method with a REST binding (JSON bodies, and path and query values), dataset uploads. Around each category
/// the databases are dumped; when no accepted input wrote meanwhile, the dumps must be equal.
/// </summary>
public sealed class FuzzCampaign(FuzzTarget target, FuzzTally tally, FuzzBudget budget)
{
    private uint _stream;

    public async Task GrpcBytesAsync(string category, IReadOnlyList<ContractCatalogue.Method> methods, int inputs)
    {
        var unary = methods.Where(method => !method.Descriptor.IsClientStreaming && !method.Descriptor.IsServerStreaming).ToList();
        await CategoryAsync(category, inputs, async fuzzer =>
        {
            var method = fuzzer.Pick(unary);
            await target.GrpcAsync(category, method.GrpcPath, GrpcFrames.Create(fuzzer, method.Descriptor.InputType));
        });
    }

    public async Task RestAsync(string category, IReadOnlyList<ContractCatalogue.Method> methods, bool withBody, int inputs)
    {
        var bound = methods.Where(method => method.Rest is not null && string.IsNullOrEmpty(method.Rest.Body) != withBody).ToList();
        await CategoryAsync(category, inputs, async fuzzer =>
        {
            var request = RestRequests.Create(fuzzer, fuzzer.Pick(bound));
            HttpContent? content = null;
            if (request.Json is { } json)
            {
                content = new ByteArrayContent(json);
                content.Headers.ContentType = new("application/json");
            }
            await target.RestAsync(category, request.Method, request.PathAndQuery, content, request.Kind);
        });
    }

    public async Task DatasetsAsync(string category, DatasetInputs datasets, int inputs)
    {
        await CategoryAsync(category, inputs, async fuzzer =>
        {
            var upload = datasets.Create(fuzzer);
            var province = fuzzer.Chance(85) ? "64" : fuzzer.Pick(["99", "00", "%00", "6%", Uri.EscapeDataString(fuzzer.Draw(NastyText.Any)) is { Length: > 0 and < 500 } p ? p : "x"]);
            await target.RestAsync(category, HttpMethod.Post, $"/api/v1/provinces/{province}/datasets", upload.Content(), upload.Kind);
        });
    }

    private async Task CategoryAsync(string category, int inputs, Func<Fuzzer, Task> one)
    {
        var fuzzer = new Fuzzer(budget.Seed, ++_stream);
        var before = target.Databases.Dump();
        var acceptedWrites = target.AcceptedWrites;
        for (var index = 0; index < budget.Of(inputs); index++)
        {
            await one(fuzzer);
        }
        if (target.AcceptedWrites == acceptedWrites)
        {
            foreach (var (file, dump) in target.Databases.Dump())
            {
                if (dump != before[file])
                {
                    tally.RejectedButWrote(category, $"{Path.GetFileName(file)} differs from its dump before the category, though no accepted input wrote");
                }
            }
        }
    }
}
