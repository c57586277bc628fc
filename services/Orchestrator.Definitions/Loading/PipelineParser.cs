namespace Orchestrator.Definitions;

/// <summary>Reads pipeline.yaml; roles come before states so a state's default outputs can be filled in.</summary>
internal static class PipelineParser
{
    public static PipelineDefinition Read(MappingReader root)
    {
        var name = root.RequiredString("pipeline");
        root.Subject = $"pipeline '{name}'";
        var description = root.String("description");
        var artifacts = root.Mappings("artifacts", "artifact", required: true).Select(CatalogParser.ReadArtifact).ToList();
        var roles = root.Mappings("roles", "role", required: true).Select(CatalogParser.ReadRole).ToList();
        var states = root.Mappings("states", "state", required: true).Select(new StateParser(roles).ReadState).ToList();
        var handoffs = root.Mappings("handoffs", "handoff").Select(HandoffParser.ReadHandoff).ToList();
        var policies = root.Mapping("error_policies", "error_policies", required: true) is { } reader
            ? PolicyParser.ReadPolicySet(reader)
            : new ErrorPolicySet("", "", [], new Dictionary<string, string>(), root.Location);
        var specialCases = root.Mappings("special_cases", "special case").Select(PolicyParser.ReadSpecialCase).ToList();
        root.Finish();
        return new PipelineDefinition(name, description, artifacts, roles, states, handoffs, policies, specialCases, [], root.Location)
        {
            Marks = root.Marks,
        };
    }
}
