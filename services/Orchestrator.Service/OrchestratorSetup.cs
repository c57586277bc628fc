using MassTransit;
using Orchestrator.Artifacts;
using Orchestrator.Definitions;
using Orchestrator.Service.Authorization;
using Orchestrator.Hosting;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Persistence.SagaRepository;
using Orchestrator.Service.Saga;
using Orchestrator.Service.Timers;

namespace Orchestrator.Service;

public static class OrchestratorSetup
{
    /// <summary>The pipeline-run saga on its PostgreSQL repository, with durable timers for its back-offs and deadlines.</summary>
    public static void AddPipelineRuns(this IBusRegistrationConfigurator bus)
    {
        bus.AddSagaStateMachine<PipelineRunStateMachine, PipelineRun, PipelineRunSagaDefinition>()
            .PostgresRepository<PipelineRun, OrchestratorDbContext>();
        bus.AddPostgresMessageScheduler();
    }

    /// <summary>Loads gates/ now, so a bad file stops start-up with <c>file:line:col: what is wrong</c>.</summary>
    public static void LoadPipelineDefinitions(this IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<DefinitionCatalog>().Current;
        }
        catch (DefinitionException e)
        {
            throw new StartupException(e.Message, e);
        }
    }

    public static IHostApplicationBuilder AddPipelineDefinitions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DefinitionOptions>().BindConfiguration(DefinitionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DefinitionCatalog>();
        builder.Services.AddOptions<AuthorizationOptions>().BindConfiguration(AuthorizationOptions.Section);
        builder.Services.AddSingleton<PublisherCheck>();
        builder.Services.AddSingleton<Runs.ArtifactCheck>();
        builder.Services.AddArtifactStore(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
