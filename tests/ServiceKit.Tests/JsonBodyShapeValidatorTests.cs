using System.Text.Json;
using GiaLaiIct.ServiceKit.Http;
using Google.Api;

namespace GiaLaiIct.ServiceKit.Tests;

/// <summary>Uses google.api.Distribution: it has 64-bit integers, doubles, a nested message and a repeated field.</summary>
public sealed class JsonBodyShapeValidatorTests
{
    [Theory]
    [InlineData("""{"count":"abc"}""", "count")]
    [InlineData("""{"count":1.5}""", "count")]
    [InlineData("""{"count":true}""", "count")]
    [InlineData("""{"mean":"x"}""", "mean")]
    [InlineData("""{"range":{"min":"low"}}""", "range.min")]
    [InlineData("""{"range":5}""", "range")]
    [InlineData("""{"bucketCounts":[1,"x"]}""", "bucketCounts[1]")]
    [InlineData("""{"bucketCounts":3}""", "bucketCounts")]
    [InlineData("""{"cuont":3}""", "cuont")]
    public void A_mistyped_or_unknown_field_is_named(string json, string field)
    {
        using var body = JsonDocument.Parse(json);
        var problems = JsonBodyShapeValidator.Validate(body.RootElement, Distribution.Descriptor);
        Assert.Equal([field], problems.Select(problem => problem.Field));
    }

    [Theory]
    [InlineData("""{"count":"12","mean":2.5,"range":{"min":"1","max":3},"bucketCounts":["1",2]}""")]
    [InlineData("""{"bucket_counts":[1],"sum_of_squared_deviation":0}""")]
    [InlineData("""{"count":null}""")]
    [InlineData("""{}""")]
    public void Well_formed_bodies_pass(string json)
    {
        using var body = JsonDocument.Parse(json);
        Assert.Empty(JsonBodyShapeValidator.Validate(body.RootElement, Distribution.Descriptor));
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_refused()
    {
        using var body = JsonDocument.Parse("[1,2]");
        Assert.Single(JsonBodyShapeValidator.Validate(body.RootElement, Distribution.Descriptor));
    }
}
