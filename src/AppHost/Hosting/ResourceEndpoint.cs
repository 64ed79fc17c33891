using System.Net;

namespace GiaLaiIct.AppHost.Hosting;

/// <summary>A named endpoint of a project resource; its port is fixed for the host's lifetime so restarts keep their address.</summary>
public sealed record ResourceEndpoint(string Name, string Host, int Port, EndpointProtocol Protocol)
{
    public Uri Url => new($"http://{Host}:{Port}");

    /// <summary>The version a health probe must speak: cleartext HTTP/2 needs prior knowledge.</summary>
    public Version ProbeVersion => Protocol == EndpointProtocol.Http2 ? HttpVersion.Version20 : HttpVersion.Version11;
}
