using Orchestrator.Artifacts;
using Orchestrator.Definitions;
using Orchestrator.Hosting;

namespace Orchestrator.Gates;

public static class GateSetup
{
    public static IHostApplicationBuilder AddGateDefinitions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GateOptions>().BindConfiguration(GateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<GateCatalog>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddArtifactStore(builder.Configuration);
        return builder;
    }

    public static Task LoadGateDefinitionsAsync(this IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<GateCatalog>().Current;
            return Task.CompletedTask;
        }
        catch (DefinitionException e)
        {
            throw new StartupException(e.Message, e);
        }
    }
}
