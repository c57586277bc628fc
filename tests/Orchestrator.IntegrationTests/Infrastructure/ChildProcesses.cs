using System.Collections.Concurrent;
using System.Diagnostics;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// Every process the tests start, killed when the test host exits: a set-up that fails half way (xunit then skips
/// the class's disposal) must not leave services running and consuming after the run.
/// </summary>
public static class ChildProcesses
{
    static readonly ConcurrentDictionary<int, Process> Running = new();

    static ChildProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Values)
            try
            {
                if (!process.HasExited)
                    process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited or disposed meanwhile.
            }
    };

    public static Process Track(Process process)
    {
        Running[process.Id] = process;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => Running.TryRemove(process.Id, out _);
        return process;
    }
}
