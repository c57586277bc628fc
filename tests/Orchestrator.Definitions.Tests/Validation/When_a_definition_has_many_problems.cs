namespace Orchestrator.Definitions.Tests;

public sealed class When_a_definition_has_many_problems
{
    private const string Gate = """
        gate: check
        required_inputs: [plan.md, notes.md]
        validation_rules:
          - id: has_overview
            kind: markdown_sections
            artifact: plan.md
            sections: [Overview]
          - id: has_status
            kind: json_path
            artifact: results.json
            path: status
            op: equals
        on_fail: retry_forever

        """;

    [Fact]
    public void Should_report_every_problem_of_every_file_in_one_exception_in_file_order()
    {
        var pipeline = MiniDefinition.Pipeline
            .Edit("- role: planner", "- role: planer")
            .Edit("max_attempts: 2", "max_attempts: 0");
        var sources = new Dictionary<string, string> { ["pipeline.yaml"] = pipeline, ["check.yaml"] = Gate };

        var exception = Assert.Throws<DefinitionException>(() => DefinitionLoader.LoadFromSources(sources));

        Assert.Equal(
            [
                "gates/check.yaml:2:28: unknown artifact 'notes.md' (known: plan.md, results.json)",
                "gates/check.yaml:8:5: rule 'has_status' of gate 'check' is missing the required field 'value' (op equals compares with it)",
                "gates/check.yaml:10:15: rule 'has_status' reads 'results.json', which is not among the required_inputs of gate 'check': add it there",
                "gates/check.yaml:13:10: unknown error policy 'retry_forever' (known: retry, block)",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "id: planner")}: role 'planner' is never dispatched: add it to the steps or support of a state",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "planer")}: unknown role 'planer'; did you mean 'planner'?",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "0\n")}: max_attempts of policy 'retry' must be 1 or more (it counts the first attempt), not 0",
            ],
            exception.Problems.Select(p => p.ToString()));
        Assert.StartsWith("The pipeline definition has 7 problems:", exception.Message);
        Assert.Contains("gates/check.yaml:2:28: unknown artifact 'notes.md'", exception.Message);
    }
}
