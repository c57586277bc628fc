namespace Orchestrator.Benchmarks;

/// <summary>CPU time and peak memory of a process, from /proc (Linux).</summary>
internal static class ProcessStats
{
    const double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static double CpuSeconds(int pid)
    {
        var fields = Stat(pid);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond; // utime, stime
    }

    /// <summary>
    /// CPU of a process and all its descendants: those still running, and those that ended and were waited for
    /// (cutime, cstime), so a PostgreSQL backend that exits keeps counting.
    /// </summary>
    public static double TreeCpuSeconds(int root)
    {
        var children = ParentsByPid().GroupBy(p => p.Value, p => p.Key).ToDictionary(g => g.Key, g => g.ToList());
        double total = 0;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            try
            {
                var fields = Stat(pid);
                total += long.Parse(fields[11]) + long.Parse(fields[12]) + (pid == root ? long.Parse(fields[13]) + long.Parse(fields[14]) : 0);
            }
            catch (IOException)
            {
                continue; // ended meanwhile: its time is in its parent's cutime now, or was just before
            }
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
                pending.Push(child);
        }
        return total / TicksPerSecond;
    }

    public static double PeakMemoryMiB(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:"))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0).Single();

    /// <summary>The pid in the first line of a pid file (PostgreSQL's postmaster.pid, RabbitMQ's pid file).</summary>
    public static int PidFromFile(string path) => int.Parse(File.ReadLines(path).First().Trim());

    // The fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime.
    static string[] Stat(int pid) =>
        File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);

    static Dictionary<int, int> ParentsByPid()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                parents[pid] = int.Parse(Stat(pid)[1]);
            }
            catch (IOException)
            {
                // ended while listed
            }
        }
        return parents;
    }
}
