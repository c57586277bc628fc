namespace Orchestrator.Definitions;

/// <summary>
/// Runs every check; gate-local checks run even when pipeline.yaml could not be read, and a
/// gate whose file could not be read is not reported again as unknown wherever it is named.
/// </summary>
internal static class DefinitionValidator
{
    public static void Validate(
        PipelineDefinition? pipeline,
        IReadOnlyList<GateDefinition> gates,
        IReadOnlySet<string> unreadableGates,
        ProblemCollector problems)
    {
        GateLocalCheck.Run(gates, problems);
        if (pipeline is null)
        {
            return;
        }

        var context = new ValidationContext(pipeline, unreadableGates, problems);
        DuplicateCheck.Run(context);
        CatalogCheck.Run(context);
        StateCheck.Run(context);
        GraphCheck.Run(context);
        HandoffCheck.Run(context);
        PolicyCheck.Run(context);
        GateCheck.Run(context);
    }
}
