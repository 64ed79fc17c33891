namespace GiaLaiIct.AppHost.Hosting;

/// <summary>Writes lines from many processes to the host's console, each behind its resource name.</summary>
public sealed class ConsoleOutput
{
    private readonly Lock _gate = new();
    private readonly int _nameWidth;

    public ConsoleOutput(int nameWidth) => _nameWidth = nameWidth;

    public void Write(string resource, string line)
    {
        lock (_gate)
        {
            Console.Out.WriteLine($"[{resource.PadRight(_nameWidth)}] {line}");
            Console.Out.Flush();
        }
    }

    public void Host(string line) => Write("host", line);
}
