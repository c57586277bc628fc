namespace Orchestrator.Definitions.Tests;

/// <summary>
/// A small valid definition (IDLE → WORK → TEST, with BLOCKED) that tests break one piece at a
/// time, so each problem is the only one and its position is easy to see.
/// </summary>
internal static class MiniDefinition
{
    public const string Pipeline = """
        pipeline: mini
        artifacts:
          - name: plan.md
            format: markdown
          - name: results.json
            format: json
        roles:
          - id: planner
            produces: [plan.md]
          - id: tester
            consumes: [plan.md]
            produces: [results.json]
        states:
          - id: IDLE
            kind: initial
            next: WORK
            transitions: [WORK]
          - id: WORK
            steps:
              - role: planner
            gate: check
            next: TEST
            transitions: [TEST, BLOCKED]
          - id: TEST
            final: true
            steps:
              - role: tester
            transitions: [BLOCKED]
          - id: BLOCKED
            kind: hold
            transitions: [WORK, TEST]
        error_policies:
          default: retry
          on_blocking: block
          policies:
            - id: retry
              action: WAIT_RETRY
              max_attempts: 2
              backoff: { initial: 1s, multiplier: 2, max: 4s }
              deadline: 1m
              on_exhausted: block
            - id: block
              action: BLOCK

        """;

    public const string Gate = """
        gate: check
        required_inputs: [plan.md]
        validation_rules:
          - id: has_overview
            kind: markdown_sections
            artifact: plan.md
            sections: [Overview]
        on_fail: retry

        """;

    public static DefinitionLoadResult Load(string pipeline = Pipeline, string gate = Gate) =>
        DefinitionLoader.TryLoadFromSources(new Dictionary<string, string>
        {
            ["pipeline.yaml"] = pipeline,
            ["check.yaml"] = gate,
        });

    /// <summary>The problems as the lines a user sees.</summary>
    public static IReadOnlyList<string> Problems(string pipeline = Pipeline, string gate = Gate) =>
        Load(pipeline, gate).Problems.Select(p => p.ToString()).ToList();

    /// <summary>Replaces text that must be there, so a stale edit fails loudly instead of testing nothing.</summary>
    public static string Edit(this string text, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
