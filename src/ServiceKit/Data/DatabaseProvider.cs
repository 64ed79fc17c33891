namespace GiaLaiIct.ServiceKit.Data;

/// <summary>The relational provider a service stores its data with, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
