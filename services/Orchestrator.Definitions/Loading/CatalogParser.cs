namespace Orchestrator.Definitions;

/// <summary>Reads the artifact catalogue and the roles of pipeline.yaml.</summary>
internal static class CatalogParser
{
    public static ArtifactDefinition ReadArtifact(MappingReader reader)
    {
        var name = reader.RequiredString("name");
        reader.Subject = $"artifact '{name}'";
        var format = reader.Enum("format", YamlNames.Formats, required: true) ?? ArtifactFormat.Binary;
        var description = reader.String("description");
        reader.Finish();
        return new ArtifactDefinition(name, format, description, reader.Location) { Marks = reader.Marks };
    }

    public static RoleDefinition ReadRole(MappingReader reader)
    {
        var id = reader.RequiredString("id");
        reader.Subject = $"role '{id}'";
        var description = reader.String("description");
        var support = reader.Bool("support", fallback: false);
        var consumes = reader.Strings("consumes");
        var produces = reader.Strings("produces", required: true);
        reader.Finish();
        return new RoleDefinition(id, description, support, consumes, produces, reader.Location) { Marks = reader.Marks };
    }
}
