namespace Orchestrator.Benchmarks;

/// <summary>CPU time and peak memory of a process, from /proc (Linux).</summary>
internal static class ProcessStats
{
    const double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static double CpuSeconds(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond; // utime, stime
    }

    public static double PeakMemoryMiB(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:"))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0).Single();
}
