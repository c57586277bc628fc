using MassTransit;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Persistence.SagaRepository;
using Orchestrator.Service.Saga;

namespace Orchestrator.Service;

public static class OrchestratorSetup
{
    /// <summary>The pipeline-run saga on its PostgreSQL repository, and the definitions it runs.</summary>
    public static void AddPipelineRuns(this IBusRegistrationConfigurator bus) =>
        bus.AddSagaStateMachine<PipelineRunStateMachine, PipelineRun, PipelineRunSagaDefinition>()
            .PostgresRepository<PipelineRun, OrchestratorDbContext>();

    public static IHostApplicationBuilder AddPipelineDefinitions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DefinitionOptions>().BindConfiguration(DefinitionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DefinitionCatalog>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
