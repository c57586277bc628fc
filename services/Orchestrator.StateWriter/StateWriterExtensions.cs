using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Orchestrator.StateWriter;

internal static class StateWriterExtensions
{
    /// <summary>
    /// The state file, its single-writer lock and the flusher. Call after AddOrchestratorDefaults: hosted services start
    /// in registration order, and the state writer connects its endpoint to a bus that must already be started.
    /// </summary>
    public static IHostApplicationBuilder AddStateWriter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StateWriterOptions>()
            .BindConfiguration(StateWriterOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WorkflowStateFile>();
        builder.Services.AddSingleton<StateWriterStatus>();
        builder.Services.AddSingleton<StateFileFlusher>();
        builder.Services.AddHostedService<StateWriterService>();
        builder.Services.AddHealthChecks().AddCheck<StateWriterHealthCheck>("state-writer", tags: ["ready"]);
        return builder;
    }
}
