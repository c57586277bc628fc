namespace Orchestrator.Definitions;

public enum RuleKind
{
    ArtifactExists,
    JsonPath,
    YamlPath,
    MarkdownSections,
    Regex,
    Size,
    AttributeEquals,
    Coverage,
    VerdictConflict,
}
