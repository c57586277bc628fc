namespace Orchestrator.Definitions.Tests;

public sealed class When_the_final_plan_misses_tasks
{
    [Fact]
    public async Task Should_name_every_task_id_the_plan_does_not_mention()
    {
        var plan = SampleArtifacts.FinalPlan.Replace(" (T-3)", "", StringComparison.Ordinal);
        var reader = SampleArtifacts.Passing().Add("Final_Implementation_Plan.md", plan);

        var evaluation = await GateEvaluator.EvaluateAsync(SampleArtifacts.Gate("synthesis"), reader);

        var failure = Assert.Single(evaluation.Failures);
        Assert.Equal("plan_covers_every_task", failure.RuleId);
        Assert.Equal("Final_Implementation_Plan.md does not cover 1 of 4 ids from task_breakdown.yaml (tasks.*.id): T-3", failure.Message);
        Assert.False(failure.Blocking);
        var policy = Repository.ShippedDefinition.ResolveGatePolicy("synthesis", evaluation.Failures);
        Assert.Equal(["principal_engineer_ai"], policy.Redispatch);
    }

    [Fact]
    public async Task Should_not_take_a_longer_id_as_a_mention_of_a_shorter_one()
    {
        // T-10 contains "T-1"; only whole tokens count.
        var plan = SampleArtifacts.FinalPlan
            .Replace("(T-1)", "", StringComparison.Ordinal)
            .Replace("| T-1  |", "| -    |", StringComparison.Ordinal);
        var reader = SampleArtifacts.Passing().Add("Final_Implementation_Plan.md", plan);

        Assert.Equal(
            ["plan_covers_every_task: Final_Implementation_Plan.md does not cover 1 of 4 ids from task_breakdown.yaml (tasks.*.id): T-1"],
            await SampleArtifacts.Failures("synthesis", reader));
    }

    [Fact]
    public async Task Should_fail_when_the_breakdown_has_no_ids_to_cover()
    {
        var reader = SampleArtifacts.Passing().Add("task_breakdown.yaml", "tasks:\n  - title: untitled\n");

        Assert.Equal(
            ["plan_covers_every_task: task_breakdown.yaml has no ids at tasks.*.id, so coverage cannot be checked"],
            await SampleArtifacts.Failures("synthesis", reader));
    }
}
