using System.Diagnostics;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Cli;

/// <summary>orchestratorctl run as operators run it: its own process from the build output, configured by environment variables only.</summary>
public sealed class Orchestratorctl(TestEnvironment environment, int apiPort)
{
    static readonly string Dll = Path.Combine(RepositoryRoot.Path, "services", "Orchestrator.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name, "net10.0", "orchestratorctl.dll");

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <param name="overrides">Environment variables set on top of the broker and API settings.</param>
    /// <param name="args">The command line.</param>
    public async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> overrides, params string[] args)
    {
        using var process = Process.Start(StartInfo("dotnet", [Dll, .. args], overrides))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"orchestratorctl {string.Join(' ', args)} did not exit within 120 s:\n{await output}\n{await error}");
        }
        return new CliResult(process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    /// <summary>Starts orchestratorctl on a pseudo-terminal (util-linux <c>script</c>), as an operator at a shell sees it.</summary>
    public TerminalSession StartInTerminal(params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Dll }.Concat(args).Select(a => $"'{a.Replace("'", "'\\''")}'"));
        var start = StartInfo("script", ["--quiet", "--flush", "--return", "--command", command, "/dev/null"], new Dictionary<string, string>());
        start.Environment["COLUMNS"] = "160";
        return new TerminalSession(ChildProcesses.Track(Process.Start(start)!));
    }

    ProcessStartInfo StartInfo(string program, string[] args, IReadOnlyDictionary<string, string> overrides)
    {
        if (!File.Exists(Dll))
            throw new FileNotFoundException($"{Dll} is missing: build the solution first (dotnet build Orchestrator.sln).");
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var (key, value) in environment.ServiceSettings().Where(s => s.Key.StartsWith("RabbitMq__")))
            start.Environment[key] = value;
        start.Environment["ORCH_API_URL"] = $"http://127.0.0.1:{apiPort}";
        start.Environment.Remove("ORCH_API_KEY");
        foreach (var (key, value) in overrides)
            start.Environment[key] = value;
        return start;
    }
}
