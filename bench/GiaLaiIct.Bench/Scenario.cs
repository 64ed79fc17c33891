namespace GiaLaiIct.Bench;

/// <summary>One way of making the same request; <see cref="Call"/> does one request and throws on failure.</summary>
internal sealed record Scenario(string Name, Func<CancellationToken, Task> Call);
