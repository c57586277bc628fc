using System.Diagnostics;
using System.Text;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Cli;

/// <summary>A command running on a pseudo-terminal: what it has drawn so far, and its exit.</summary>
public sealed class TerminalSession : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder screen = new();
    readonly Task pump;

    public TerminalSession(Process process)
    {
        this.process = process;
        pump = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
                lock (screen)
                    screen.Append(buffer, 0, read);
        });
    }

    /// <summary>Everything written to the terminal so far, escape sequences included.</summary>
    public string Output
    {
        get
        {
            lock (screen)
                return screen.ToString();
        }
    }

    public Task WaitForOutput(string text) =>
        Eventually.True(() => Task.FromResult(Output.Contains(text)), TimeSpan.FromSeconds(60), $"the terminal to show '{text}':\n{Output}");

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        await pump;
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
