using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
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
    /// Maps the health endpoints, runs the start-up checks (definitions, database schema…), then the service. A
    /// failed check, invalid options or a broker that cannot be reached or refuses the login end the process with
    /// exit code 2 and one readable line, not a stack trace.
    /// </summary>
    public static async Task<int> RunOrchestratorAsync(this WebApplication app, Func<IServiceProvider, Task>? beforeStart = null)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        // Read before the run: a host that fails to start disposes its services.
        var broker = app.Services.GetRequiredService<IConfiguration>().GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        try
        {
            app.MapOrchestratorHealth(); // resolves the bus, and so validates its options
            if (beforeStart is not null)
                await beforeStart(app.Services);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is StartupException or OptionsValidationException)
        {
            return await Fail(logger, e.Message);
        }
        catch (Exception e) when (BrokerStartFailure.Explain(e, broker) is { } reason)
        {
            return await Fail(logger, reason);
        }
    }

    static async Task<int> Fail(ILogger logger, string reason)
    {
        logger.LogCritical("Cannot start: {Reason}", reason);
        await Console.Error.WriteLineAsync($"error: {reason}");
        return StartupFailed;
    }
}
