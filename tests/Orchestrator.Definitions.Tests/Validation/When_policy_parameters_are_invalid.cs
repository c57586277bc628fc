namespace Orchestrator.Definitions.Tests;

public sealed class When_policy_parameters_are_invalid
{
    private const string Pipeline = MiniDefinition.Pipeline;

    [Fact]
    public void Should_report_attempts_and_back_off_out_of_range()
    {
        var pipeline = Pipeline.Edit("max_attempts: 2", "max_attempts: 0").Edit("multiplier: 2", "multiplier: 0.5").Edit("max: 4s", "max: 500ms");

        Assert.Equal(
            [
                $"gates/pipeline.yaml:{Position.Of(pipeline, "0\n")}: max_attempts of policy 'retry' must be 1 or more (it counts the first attempt), not 0",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "0.5")}: backoff.multiplier of policy 'retry' must be 1 or more, not 0.5",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "500ms")}: backoff.max of policy 'retry' must not be below backoff.initial",
            ],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_chain_of_policies_that_never_ends()
    {
        var pipeline = Pipeline
            .Edit("on_exhausted: block", "on_exhausted: ask")
            .Edit("    - id: block\n", "    - id: ask\n      action: ESCALATE\n      escalation_target: human:lead\n      on_exhausted: retry\n    - id: block\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "ask")}: policies retry → ask → retry never end: the last one must be BLOCK or HALT_PIPELINE"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_reject_parameters_that_do_not_apply_to_the_action()
    {
        var pipeline = Pipeline.Edit("      action: BLOCK\n", "      action: BLOCK\n      max_attempts: 3\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "3\n")}: field 'max_attempts' does not apply to a BLOCK policy ('block'): remove it"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_the_parameters_of_WAIT_RETRY()
    {
        var pipeline = Pipeline.Edit("      backoff: { initial: 1s, multiplier: 2, max: 4s }\n", "");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "id: retry")}: policy 'retry' (WAIT_RETRY) is missing the required field 'backoff'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_a_deadline_on_the_default_policy()
    {
        var pipeline = Pipeline.Edit("      deadline: 1m\n", "");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "retry")}: the default policy 'retry' must set a deadline, so a role task that never answers still times out"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_a_retry_state_the_gate_state_may_move_to()
    {
        var pipeline = Pipeline.Edit("      on_exhausted: block\n", "      retry_state: IDLE\n      on_exhausted: block\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "IDLE\n      on_exhausted")}: policy 'retry' retries gate 'check' of state 'WORK' in 'IDLE', but WORK → IDLE is not an allowed transition"],
            MiniDefinition.Problems(pipeline));
    }
}
