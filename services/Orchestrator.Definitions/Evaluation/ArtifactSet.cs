namespace Orchestrator.Definitions;

/// <summary>
/// The present inputs of one gate evaluation, with parsed documents cached so several rules
/// over the same artifact parse it once.
/// </summary>
internal sealed class ArtifactSet(IReadOnlyDictionary<string, ArtifactContent> artifacts)
{
    private readonly Dictionary<(string, bool), DataDocument> documents = [];

    public ArtifactContent Get(string artifact) => artifacts[artifact];

    public string Text(string artifact) => artifacts[artifact].Text;

    public DataDocument Json(string artifact) => Parse(artifact, json: true);

    public DataDocument Yaml(string artifact) => Parse(artifact, json: false);

    private DataDocument Parse(string artifact, bool json)
    {
        if (!documents.TryGetValue((artifact, json), out var document))
        {
            document = json ? DataDocument.FromJson(Text(artifact)) : DataDocument.FromYaml(Text(artifact));
            documents[(artifact, json)] = document;
        }

        return document;
    }
}
