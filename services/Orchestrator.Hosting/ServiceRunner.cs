using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Orchestrator.Hosting;

public static class ServiceRunner
{
    /// <summary>Exit code of a service that could not start because of its configuration or a dependency.</summary>
    public const int StartupFailed = 2;

    /// <summary>
    /// Runs the start-up checks (definitions, database schema…), then the service. A failed check or invalid
    /// options end the process with exit code 2 and one readable line, not a stack trace.
    /// </summary>
    public static async Task<int> RunOrchestratorAsync(this WebApplication app, Func<IServiceProvider, Task>? beforeStart = null)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        try
        {
            if (beforeStart is not null)
                await beforeStart(app.Services);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is StartupException or OptionsValidationException)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return StartupFailed;
        }
    }
}
