using System.Collections.Concurrent;
using System.Diagnostics;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Agents;

/// <summary>
/// The example agent of <c>examples/node-agent</c> (Node.js and amqplib) as its own process, configured only as its
/// README says: <c>AMQP_URL</c>, <c>ROLE</c>, <c>ARTIFACTS_ROOT</c>.
/// </summary>
public sealed class NodeAgent : IAsyncDisposable
{
    static readonly string Folder = Path.Combine(RepositoryRoot.Path, "examples", "node-agent");
    static readonly SemaphoreSlim Installing = new(1, 1);

    readonly Process process;
    readonly ConcurrentQueue<string> output = new();

    NodeAgent(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', output);

    /// <summary>Installs the agent's locked dependencies when missing, starts it, and waits until it consumes its queue.</summary>
    public static async Task<NodeAgent> StartAsync(TestEnvironment environment, string role, string user, string password)
    {
        await InstallAsync();
        var url = $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{environment.Broker.Host}:{environment.Broker.Port}/{Uri.EscapeDataString(environment.VirtualHost)}";
        var start = new ProcessStartInfo("node", ["agent.js"])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AMQP_URL"] = url;
        start.Environment["ROLE"] = role;
        start.Environment["ARTIFACTS_ROOT"] = environment.ServiceSettings()["Artifacts__Root"];
        var agent = new NodeAgent(ChildProcesses.Track(Process.Start(start)!));
        await agent.WaitForOutput("is waiting for tasks");
        return agent;
    }

    public Task WaitForOutput(string text) => Eventually.True(() =>
    {
        if (process.HasExited && !Output.Contains(text))
            throw new InvalidOperationException($"the Node.js agent exited with code {process.ExitCode}:\n{Output}");
        return Task.FromResult(Output.Contains(text));
    }, TimeSpan.FromSeconds(60), $"the Node.js agent to print '{text}':\n{Output}");

    static async Task InstallAsync()
    {
        await Installing.WaitAsync();
        try
        {
            await Run("node", "--version"); // a clear message when Node.js is missing
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "amqplib")))
                return;
            var (exitCode, log) = await Run("npm", "ci", "--no-audit", "--no-fund");
            if (exitCode != 0)
                throw new InvalidOperationException($"npm ci in examples/node-agent failed ({exitCode}):\n{log}");
        }
        finally
        {
            Installing.Release();
        }
    }

    static async Task<(int ExitCode, string Output)> Run(string program, params string[] args)
    {
        Process npm;
        try
        {
            npm = Process.Start(new ProcessStartInfo(program, args)
            {
                WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed: the Node.js agent test needs Node.js 18+ and npm ({e.Message}).", e);
        }
        using (npm)
        {
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            return (npm.ExitCode, await stdout + await stderr);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
