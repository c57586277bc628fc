using MassTransit;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.Definitions;

namespace Orchestrator.Gates;

/// <summary>
/// Evaluates a gate over a run's stored artifacts and answers <see cref="GatePassed"/> or <see cref="GateFailed"/>.
/// An artifact whose content no longer matches the hash the orchestrator accepted fails the gate as blocking.
/// </summary>
public sealed class EvaluateGateConsumer(GateCatalog catalog, ArtifactStore store, TimeProvider clock, ILogger<EvaluateGateConsumer> logger)
    : IConsumer<EvaluateGate>
{
    public async Task Consume(ConsumeContext<EvaluateGate> context)
    {
        var request = context.Message;
        var definition = catalog.For(request.DefinitionHash, request.RunId);
        var failures = new List<GateRuleFailure>();
        var reader = new StoreArtifactReader(store, request, failures);
        if (definition.Gates.FirstOrDefault(g => g.Id == request.Gate) is not { } gate)
        {
            failures.Add(new GateRuleFailure("unknown_gate", $"gate '{request.Gate}' is not defined in {string.Join(", ", definition.Gates.Select(g => g.Id))}", true));
        }
        else
        {
            var evaluation = await GateEvaluator.EvaluateAsync(gate, reader, context.CancellationToken);
            failures.AddRange(evaluation.Failures.Select(f => new GateRuleFailure(f.RuleId, f.Message, f.Blocking)));
        }

        var now = clock.GetUtcNow();
        if (failures.Count == 0)
        {
            logger.LogInformation("Run {RunId}: gate {Gate} passed", request.RunId, request.Gate);
            await context.Publish(new GatePassed(request.RunId, request.Gate, request.State, now));
            return;
        }
        logger.LogWarning("Run {RunId}: gate {Gate} failed: {Failures}", request.RunId, request.Gate,
            string.Join("; ", failures.Select(f => $"{f.Rule}: {f.Message}")));
        await context.Publish(new GateFailed(request.RunId, request.Gate, request.State, failures, now));
    }
}
