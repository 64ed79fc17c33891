namespace GiaLaiIct.AppHost.Hosting;

public enum EndpointProtocol
{
    /// <summary>Cleartext HTTP/2 only (gRPC and transcoded REST between resources).</summary>
    Http2,
    /// <summary>HTTP/1.1 for plain REST clients (HTTP/2 where the client negotiates it).</summary>
    Http1AndHttp2,
}
