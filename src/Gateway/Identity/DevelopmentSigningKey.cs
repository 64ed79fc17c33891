using System.Security.Cryptography;

namespace GiaLaiIct.Gateway.Identity;

/// <summary>
/// The Development signing key kept in a file, so that a restarted gateway signs with the key it signed with
/// before and every token it issued stays valid. The first start writes it: into a temporary file readable by
/// the owner only, then moved into place, so a reader never sees half a key and two gateways starting at once
/// agree on the one that landed first.
/// </summary>
public static class DevelopmentSigningKey
{
    public static RSA LoadOrCreate(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            return Import(fullPath);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        using var rsa = RSA.Create(2048);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var file = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
            {
                file.Write(rsa.ExportPkcs8PrivateKeyPem());
                file.Flush();
                ((FileStream)file.BaseStream).Flush(flushToDisk: true);
            }
            File.Move(temporary, fullPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            // Another gateway wrote it first: use that one.
        }
        finally
        {
            File.Delete(temporary);
        }
        return Import(fullPath);
    }

    private static RSA Import(string path)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException exception)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{path} (Identity:DevelopmentKeyPath) holds no RSA private key in PEM; delete it to have a new one made.", exception);
        }
        return rsa;
    }
}
