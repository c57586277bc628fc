using System.Text;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>The final implementation plan principal_engineer_ai synthesises (gate: synthesis).</summary>
internal static class SynthesisDocument
{
    public static ScriptedDocument FinalPlan(ScriptedContext context)
    {
        // incomplete-plan drops the last task so the synthesis gate's coverage rule has something to find.
        var ids = context.Fault.Kind == FaultKind.IncompletePlan ? context.TaskIds.SkipLast(1).ToList() : context.TaskIds;
        var text = new StringBuilder()
            .Append("# Final Implementation Plan\n\n")
            .Append("Run ").Append(context.RunId.ToString("N"))
            .Append(". Synthesised from the technical plan, the task breakdown, the audit and its verification.\n\n")
            .Append("## Implementation Steps\n\n");
        var step = 1;
        foreach (var id in ids)
            text.Append(step++).Append(". ").Append(id).Append(": ").Append(ScriptedTasks.TitleOf(id)).Append(".\n");
        if (!context.Bad)
        {
            text.Append("\n## Task Mapping\n\n| Task | Step |\n|------|------|\n");
            step = 1;
            foreach (var id in ids)
                text.Append("| ").Append(id).Append(" | ").Append(step++).Append(" |\n");
        }
        text.Append("\n## Definition of Done\n\nEvery step is merged with its tests green and documented.\n");
        return new(text.ToString());
    }
}
