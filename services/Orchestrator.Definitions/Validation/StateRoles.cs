namespace Orchestrator.Definitions;

/// <summary>The roles a state dispatches: known, each once, with outputs they actually produce.</summary>
internal static class StateRoles
{
    public static void Check(ValidationContext context, StateDefinition state)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in state.Steps)
        {
            if (step.Parallel && step.Roles.Count < 2)
            {
                context.Add(step.Location, $"a parallel step of state '{state.Id}' needs at least two roles; use 'role' for one");
            }

            foreach (var assignment in step.Roles)
            {
                CheckAssignment(context, state, assignment, seen);
            }
        }

        foreach (var assignment in state.Support)
        {
            if (CheckAssignment(context, state, assignment, seen) is { Support: false } role)
            {
                context.Add(assignment.Marks.Field("role"), $"role '{role.Id}' is not a support role: move it to steps, or mark the role support: true");
            }
        }
    }

    private static RoleDefinition? CheckAssignment(
        ValidationContext context,
        StateDefinition state,
        RoleAssignment assignment,
        HashSet<string> seen)
    {
        var roleAt = assignment.Marks.Field("role");
        if (!context.KnownRole(assignment.Role, roleAt))
        {
            return null;
        }

        if (!seen.Add(assignment.Role))
        {
            context.Add(roleAt, $"role '{assignment.Role}' appears twice in state '{state.Id}': list each role once");
        }

        // Outputs left out default to everything the role produces; those were checked on the role.
        var role = context.Roles[assignment.Role];
        for (var i = 0; assignment.Marks.Has("outputs") && i < assignment.Outputs.Count; i++)
        {
            var output = assignment.Outputs[i];
            var at = assignment.Marks.Item("outputs", i);
            if (context.KnownArtifact(output, at) && !role.Produces.Contains(output))
            {
                context.Add(at, $"role '{role.Id}' does not produce '{output}' (it produces {string.Join(", ", role.Produces)})");
            }
        }

        if (assignment.Outputs.Count == 0 && role.Produces.Count > 0)
        {
            context.Add(assignment.Location, $"role '{role.Id}' has no outputs in state '{state.Id}', so the state could not tell when it is done");
        }

        return role;
    }
}
