namespace GiaLaiIct.AppHost.Hosting;

public enum EndpointProtocol
{
    /// <summary>Cleartext HTTP/2 only (gRPC, and transcoded REST between resources).</summary>
    Http2,
    /// <summary>HTTP/1.1 for plain REST clients: cleartext HTTP/2 cannot share a port with it.</summary>
    Http1,
}
