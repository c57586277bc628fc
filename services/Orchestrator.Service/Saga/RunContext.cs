using MassTransit;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Saga;

/// <summary>What a step needs: the run's pinned definition, the engine over it, and the effects it collects.</summary>
internal sealed record RunContext(RunEngine Engine, FailureHandling Failures, RunEffects Effects, TimeProvider Clock)
{
    /// <param name="context">The message being applied.</param>
    /// <param name="hold">Whether to start nothing new; by default, while the run is paused or halted.</param>
    public static async Task<RunContext> For<T>(BehaviorContext<PipelineRun, T> context, bool? hold = null) where T : class
    {
        var catalog = context.GetServiceOrCreateInstance<DefinitionCatalog>();
        var clock = context.GetServiceOrCreateInstance<TimeProvider>();
        var db = context.GetPayload<OrchestratorDbContext>();
        var definition = string.IsNullOrEmpty(context.Saga.DefinitionHash)
            ? catalog.Current
            : await catalog.GetAsync(context.Saga.DefinitionHash, db, context.CancellationToken);
        var held = hold ?? context.Saga.CurrentState is nameof(PipelineRunStateMachine.Paused) or nameof(PipelineRunStateMachine.Halted);
        var engine = new RunEngine(definition, clock) { Hold = held };
        var effects = context.Saga.Effects = new RunEffects();
        return new RunContext(engine, new FailureHandling(definition, engine, clock), effects, clock);
    }
}
