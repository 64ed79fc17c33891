using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// A NUL or other control character in any text field of a create (ids, names, categories, kinds, dates) is refused
/// by every service, naming that field, and writes nothing: each field of each create of the catalogue in turn.
/// </summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [MemberData(nameof(IdempotentCreates.Keys), MemberType = typeof(IdempotentCreates))]
    public async Task A_control_character_in_any_text_field_is_refused_naming_the_field(string service, string method)
    {
        var create = IdempotentCreates.Find(service, method);
        using var host = ServiceCatalogue.Named(service).Start();
        using var channel = host.Channel(TestCaller.Admin);
        var descriptor = await create.PrepareAsync(host, channel);
        // Text fields of the message (a 64-bit number is a JSON string too, but no text).
        var stringFields = descriptor.InputType.Fields.InDeclarationOrder().Where(f => f.FieldType == FieldType.String).Select(f => f.JsonName).ToHashSet();
        var textFields = JsonNode.Parse(create.Request)!.AsObject().Select(field => field.Key).Where(stringFields.Contains).ToList();
        Assert.NotEmpty(textFields);

        var accepted = new List<string>();
        var unnamed = new List<string>();
        foreach (var (field, control) in textFields.SelectMany(field => new[] { (field, "\u0000"), (field, "\u001b") }))
        {
            var request = JsonNode.Parse(create.Request)!.AsObject();
            var value = request[field]!.GetValue<string>();
            request[field] = value[..(value.Length / 2)] + control + value[(value.Length / 2)..];
            var before = SqliteDump.Of(host.DatabaseFile);
            try
            {
                await UnaryCall.InvokeAsync(channel, descriptor, UnaryCall.Request(descriptor, request.ToJsonString()));
                accepted.Add($"{field} with U+{(int)control[0]:X4}");
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.InvalidArgument)
            {
                var named = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? [];
                if (!named.Contains(field))
                {
                    unnamed.Add($"{field} (named: {string.Join(", ", named)})");
                }
            }
            Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
        }

        Assert.True(accepted.Count == 0, "Accepted: " + string.Join("; ", accepted));
        Assert.True(unnamed.Count == 0, "Refused without naming the field: " + string.Join("; ", unnamed));
    }
}
