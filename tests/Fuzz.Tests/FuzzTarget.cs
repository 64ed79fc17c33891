using System.Text.RegularExpressions;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Sends fuzzed inputs to a running service (in process or through the gateway) one at a time and judges each
/// answer: never a server error, nothing of an exception in it, nothing written when it was refused, and no
/// error logged for it.
/// </summary>
public sealed partial class FuzzTarget(Uri baseAddress, HttpClient rest, HttpClient grpc, DatabaseWatch databases, Func<IReadOnlyList<string>> newErrorLogs, FuzzTally tally, bool rawUris)
{
    private static readonly int[] ServerFaults = [2, 13, 15]; // Unknown, Internal, DataLoss

    public DatabaseWatch Databases => databases;

    /// <summary>Accepted inputs that committed to a database (allowed: they were valid writes).</summary>
    public int AcceptedWrites { get; private set; }

    public async Task RestAsync(string category, HttpMethod method, string pathAndQuery, HttpContent? content, string kind)
    {
        using var request = new HttpRequestMessage(method, Address(pathAndQuery)) { Content = content };
        var what = $"{kind} {method} {Shorten(pathAndQuery)}";
        HttpResponseMessage response;
        try
        {
            response = await rest.SendAsync(request);
        }
        catch (InvalidOperationException) when (!rawUris)
        {
            // The in-process test server refuses a path with NUL before any server code runs (Kestrel answers 400).
            tally.Tried(category, accepted: false);
            Judge(category, what, accepted: false);
            return;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            NoAnswer(category, what, exception);
            return;
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var accepted = status < 400;
            tally.Tried(category, accepted);
            if (status >= 500)
            {
                tally.ServerError(category, $"{what} answered {status}: {Shorten(body)}");
            }
            if (Leaks(body))
            {
                tally.Leak(category, $"{what} answered with exception details: {Shorten(body)}");
            }
            Judge(category, what, accepted);
        }
    }

    public async Task GrpcAsync(string category, string path, GrpcFrames.Frame frame)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, path))
        {
            Version = System.Net.HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame.Body),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (frame.Encoding is { } encoding)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }
        var what = $"{frame.Kind} {path}";
        HttpResponseMessage response;
        try
        {
            response = await grpc.SendAsync(request);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            NoAnswer(category, what, exception);
            return;
        }
        using (response)
        {
            await response.Content.ReadAsByteArrayAsync();
            var status = Header(response, "grpc-status");
            var message = Uri.UnescapeDataString(Header(response, "grpc-message") ?? string.Empty);
            var accepted = status == "0";
            tally.Tried(category, accepted);
            if ((int)response.StatusCode != 200 || status is null || ServerFaults.Contains(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)))
            {
                tally.ServerError(category, $"{what} answered HTTP {(int)response.StatusCode}, grpc-status {status ?? "none"}: {Shorten(message)}");
            }
            if (Leaks(message))
            {
                tally.Leak(category, $"{what} answered with exception details: {Shorten(message)}");
            }
            Judge(category, what, accepted);
        }
    }

    private void NoAnswer(string category, string what, Exception exception)
    {
        tally.Tried(category, accepted: false);
        tally.ServerError(category, $"{what}: no answer ({exception.GetType().Name}: {exception.Message})");
        Judge(category, what, accepted: false);
    }

    private void Judge(string category, string what, bool accepted)
    {
        var changed = databases.Changed();
        if (accepted && changed.Count > 0)
        {
            AcceptedWrites++;
        }
        if (!accepted && changed.Count > 0)
        {
            tally.RejectedButWrote(category, $"{what} changed {string.Join(", ", changed)}");
        }
        foreach (var line in newErrorLogs())
        {
            tally.Leak(category, $"{what} logged an error: {Shorten(line)}");
        }
    }

    /// <summary>
    /// Over a socket the URI goes raw, so that percent mistakes (%, %00, %ZZ) reach the server as the client wrote
    /// them; the in-process test server needs a canonical one (a lone % then arrives as %25).
    /// </summary>
    private Uri Address(string pathAndQuery) => rawUris
        ? new(baseAddress.GetLeftPart(UriPartial.Authority) + pathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true })
        : new(baseAddress.GetLeftPart(UriPartial.Authority) + pathAndQuery);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var trailing) ? trailing.FirstOrDefault()
        : response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : null;

    private static bool Leaks(string text) => StackFrame().IsMatch(text) || ExceptionName().IsMatch(text);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"\bat [\w.`<>]+\.[\w<>`]+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();
}
