namespace Orchestrator.Definitions;

internal static class YamlNames
{
    public static readonly NameTable<ArtifactFormat> Formats = new(
        ("json", ArtifactFormat.Json),
        ("yaml", ArtifactFormat.Yaml),
        ("markdown", ArtifactFormat.Markdown),
        ("text", ArtifactFormat.Text),
        ("binary", ArtifactFormat.Binary));

    public static readonly NameTable<StateKind> StateKinds = new(
        ("initial", StateKind.Initial),
        ("work", StateKind.Work),
        ("hold", StateKind.Hold));

    public static readonly NameTable<HandoffMode> HandoffModes = new(
        ("sequential", HandoffMode.Sequential),
        ("parallel", HandoffMode.Parallel));

    // Upper case, as the specification names the policies.
    public static readonly NameTable<PolicyAction> Actions = new(
        ("BLOCK", PolicyAction.Block),
        ("ESCALATE", PolicyAction.Escalate),
        ("HALT_PIPELINE", PolicyAction.HaltPipeline),
        ("WAIT_RETRY", PolicyAction.WaitRetry));

    public static readonly NameTable<RuleKind> RuleKinds = new(
        ("artifact_exists", RuleKind.ArtifactExists),
        ("json_path", RuleKind.JsonPath),
        ("yaml_path", RuleKind.YamlPath),
        ("markdown_sections", RuleKind.MarkdownSections),
        ("regex", RuleKind.Regex),
        ("size", RuleKind.Size),
        ("attribute_equals", RuleKind.AttributeEquals),
        ("coverage", RuleKind.Coverage),
        ("verdict_conflict", RuleKind.VerdictConflict));

    public static readonly NameTable<CompareOperator> Operators = new(
        ("equals", CompareOperator.Equal),
        ("not_equals", CompareOperator.NotEqual),
        ("less_than", CompareOperator.LessThan),
        ("greater_than", CompareOperator.GreaterThan),
        ("exists", CompareOperator.Exists));

    public static readonly NameTable<RegexMode> RegexModes = new(
        ("must_match", RegexMode.MustMatch),
        ("must_not_match", RegexMode.MustNotMatch));
}
