using System.Collections.Concurrent;
using System.Diagnostics;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// A service run as its own process from the solution's build output, as in production: it can be killed
/// (SIGKILL, no disposal) and started again. Ready when its <c>/health/ready</c> answers 200.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly Process process;
    readonly ConcurrentQueue<string> output = new();

    ServiceProcess(string name, Process process, int port)
    {
        Name = name;
        this.process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public int Port { get; }
    public string Output => string.Join('\n', output);
    public bool HasExited => process.HasExited;
    public int Pid => process.Id;

    public static Task<ServiceProcess> StartAsync(
        string project, IReadOnlyDictionary<string, string> settings, params string[] args) =>
        StartInAsync(null, project, settings, args);

    /// <summary>Starts the service with <paramref name="workingDirectory"/> as its working directory (by default its build output).</summary>
    public static async Task<ServiceProcess> StartInAsync(
        string? workingDirectory, string project, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var service = Launch(project, settings, args, workingDirectory);
        await service.WaitUntilReadyAsync();
        return service;
    }

    /// <summary>Runs a service that is expected to refuse to start; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(
        string project, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        await using var service = Launch(project, settings, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await service.process.WaitForExitAsync(timeout.Token);
        service.process.WaitForExit();
        return (service.process.ExitCode, service.Output);
    }

    static ServiceProcess Launch(string project, IReadOnlyDictionary<string, string> settings, string[] args, string? workingDirectory = null)
    {
        var dll = Path.Combine(RepositoryRoot.Path, "services", project, "bin", BuildConfiguration, "net10.0", project + ".dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{dll} is missing: build the solution first (dotnet build Orchestrator.sln).");
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        return new ServiceProcess(project, ChildProcesses.Track(Process.Start(start)!), port);
    }

    async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await Eventually.True(async () =>
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}:\n{Output}");
                try { return (await http.GetAsync("/health/ready")).IsSuccessStatusCode; }
                catch (HttpRequestException) { return false; }
            }, TimeSpan.FromSeconds(60), $"{Name} to report ready");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Output}", e);
        }
    }

    /// <summary>SIGTERM, as a service manager or <c>docker stop</c> sends it; returns the exit code once it has exited.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited && Kill(process.Id, Sigterm) != 0)
            throw new InvalidOperationException($"could not signal {Name} (pid {process.Id}): errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    const int Sigterm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);

    /// <summary>SIGKILL: the process gets no chance to finish anything, like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
}
