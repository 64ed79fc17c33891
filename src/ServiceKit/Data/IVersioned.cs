namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// An entity whose writes carry an optimistic concurrency token. The version is bumped on
/// every update by <see cref="VersionBumpingInterceptor"/>; a write based on an older version fails.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
