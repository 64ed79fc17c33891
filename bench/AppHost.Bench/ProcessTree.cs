using System.Globalization;

namespace GiaLaiIct.Bench;

/// <summary>Linux process tree and proportional set size, read from /proc.</summary>
public static class ProcessTree
{
    /// <summary>
    /// Every process the host started: its children, and the orchestrator (DCP), which detaches from the host
    /// (its parent becomes init) but names the host's pid in <c>--monitor</c>, with all of its children.
    /// </summary>
    public static IReadOnlyList<int> StartedBy(int host)
    {
        var roots = Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != host && Arguments(pid).SkipWhile(argument => argument != "--monitor").Skip(1).FirstOrDefault() == host.ToString(CultureInfo.InvariantCulture))
            .ToList();
        return DescendantsOf(host).Concat(roots).Concat(roots.SelectMany(DescendantsOf)).Distinct().ToList();
    }

    private static string[] Arguments(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    public static IReadOnlyList<int> DescendantsOf(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // Fields after the command name (which may hold spaces) start after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }
        var result = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(pair => pair.Value == parent).Select(pair => pair.Key))
            {
                result.Add(child);
                frontier.Enqueue(child);
            }
        }
        return result;
    }

    public static long? PssKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(candidate => candidate.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string Describe(int pid)
    {
        try
        {
            var arguments = Arguments(pid);
            if (arguments.Length > 1 && Path.GetFileName(arguments[0]) == "dcp")
            {
                return "dcp " + arguments[1];
            }
            var interesting = arguments.Skip(arguments.Length > 1 && arguments[0].EndsWith("dotnet", StringComparison.Ordinal) ? 1 : 0)
                .FirstOrDefault(argument => !argument.StartsWith('-') && argument != "exec") ?? arguments.FirstOrDefault() ?? "?";
            return Path.GetFileName(interesting);
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
