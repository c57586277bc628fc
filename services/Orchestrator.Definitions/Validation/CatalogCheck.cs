namespace Orchestrator.Definitions;

/// <summary>Roles name known artifacts; every artifact has exactly one producer; every role runs somewhere.</summary>
internal static class CatalogCheck
{
    public static void Run(ValidationContext context)
    {
        var producers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in context.Pipeline.Roles)
        {
            for (var i = 0; i < role.Consumes.Count; i++)
            {
                context.KnownArtifact(role.Consumes[i], role.Marks.Item("consumes", i));
            }

            for (var i = 0; i < role.Produces.Count; i++)
            {
                var artifact = role.Produces[i];
                var at = role.Marks.Item("produces", i);
                if (context.KnownArtifact(artifact, at) && !producers.TryAdd(artifact, role.Id) && producers[artifact] != role.Id)
                {
                    context.Add(at, $"artifact '{artifact}' is already produced by role '{producers[artifact]}': each artifact has one producer");
                }
            }
        }

        foreach (var artifact in context.Pipeline.Artifacts.Where(a => a.Name.Length > 0 && !producers.ContainsKey(a.Name)))
        {
            context.Add(artifact.Location, $"artifact '{artifact.Name}' is not produced by any role: add it to a role's produces, or remove it");
        }

        var active = context.Pipeline.States.SelectMany(s => s.ActiveRoles).Select(a => a.Role).ToHashSet(StringComparer.Ordinal);
        foreach (var role in context.Pipeline.Roles.Where(r => r.Id.Length > 0 && !active.Contains(r.Id)))
        {
            context.Add(role.Location, $"role '{role.Id}' is never dispatched: add it to the steps or support of a state");
        }
    }
}
