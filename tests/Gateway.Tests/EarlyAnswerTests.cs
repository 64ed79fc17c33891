using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GiaLaiIct.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace GiaLaiIct.Gateway.Tests;

/// <summary>
/// A service may answer before the client has sent all of its body (a 404 for a path it does not serve, a refusal
/// decided from the headers). Over real Kestrel on both sides, the gateway passes that answer on and neither logs an
/// error nor drops the client's connection for the body it then no longer forwards.
/// </summary>
public sealed class EarlyAnswerTests : IAsyncDisposable
{
    private readonly EmbeddedRedis _cache = new();
    private readonly WebApplication _service;
    private readonly WebApplicationFactory<Program> _gateway;
    private readonly ErrorLog _errors = new();
    private readonly int _restPort = EmbeddedRedis.FreePort();

    public EarlyAnswerTests()
    {
        var servicePort = EmbeddedRedis.FreePort();
        var service = WebApplication.CreateSlimBuilder();
        service.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(servicePort, listen => listen.Protocols = HttpProtocols.Http2));
        _service = service.Build();
        // Answers at once, without reading a byte of the body.
        _service.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        _service.StartAsync().GetAwaiter().GetResult();

        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:cache", _cache.ConnectionString);
            builder.UseSetting("Kestrel:Endpoints:rest:Url", $"http://127.0.0.1:{_restPort}");
            builder.UseSetting("Kestrel:Endpoints:grpc:Url", $"http://127.0.0.1:{EmbeddedRedis.FreePort()}");
            foreach (var (key, value) in UnreachableServices.Settings(except: "reporting"))
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("services:reporting:http:0", $"http://localhost:{servicePort}");
            builder.ConfigureLogging(logging => logging.AddProvider(_errors));
        });
        _gateway.UseKestrel();
        _gateway.StartServer();
    }

    [Fact]
    public async Task A_service_answering_before_the_body_has_arrived_leaves_the_client_connection_usable_and_logs_no_error()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_restPort}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokenAsync(client));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var body = new PausedBody(TimeSpan.FromMilliseconds(500), length: 64 * 1024);
            using var response = await client.PostAsync("/api/v1/provinces/64/datasets", body);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // The connection the early answers came back on still carries requests.
        using var after = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(_errors.Entries);
    }

    private static async Task<string> AdminTokenAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "admin", ["client_secret"] = "admin-secret",
        }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _service.DisposeAsync();
        _cache.Dispose();
    }

    /// <summary>
    /// A body of a stated length whose first kilobyte goes at once and the rest after a pause, long enough for the
    /// service's answer to reach the gateway in between.
    /// </summary>
    private sealed class PausedBody(TimeSpan pause, int length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[1024];
            await stream.WriteAsync(chunk);
            await stream.FlushAsync();
            await Task.Delay(pause);
            for (var sent = chunk.Length; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long computed)
        {
            computed = length;
            return true;
        }
    }

    /// <summary>The gateway's log entries of level Error and above.</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{category}[{eventId.Id}]: {formatter(state, exception)} {exception?.GetType().Name}");
                }
            }
        }
    }
}
