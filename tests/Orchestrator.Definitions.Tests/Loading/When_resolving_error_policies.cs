namespace Orchestrator.Definitions.Tests;

public sealed class When_resolving_error_policies
{
    private static PipelineDefinition Definition => Repository.ShippedDefinition;

    [Fact]
    public void Should_prefer_the_role_override()
    {
        var policy = Definition.ResolveRolePolicy("codegen_ai", "DEVELOPMENT");

        Assert.Equal("codegen_retry_then_block", policy.Id);
        Assert.Equal(TimeSpan.FromHours(2), Definition.RoleDeadline("codegen_ai", "DEVELOPMENT"));
    }

    [Fact]
    public void Should_fall_back_to_the_gate_of_the_state_then_to_the_default()
    {
        Assert.Equal("back_to_development", Definition.ResolveRolePolicy("qa_ai", "TESTING").Id);
        Assert.Equal("retry_then_block", Definition.ResolveRolePolicy("observability_ai", "MONITORING").Id);
        Assert.Equal(TimeSpan.FromMinutes(30), Definition.RoleDeadline("qa_ai", "TESTING"));
    }

    [Fact]
    public void Should_escalate_then_block_on_an_audit_verification_conflict()
    {
        var policy = Definition.ResolveGatePolicy("verification", ["verdicts_agree", "report_approves_plan"], anyBlocking: true);

        Assert.Equal(PolicyAction.Escalate, policy.Action);
        Assert.Equal("human:tech_lead", policy.EscalationTarget);
        Assert.Equal(PolicyAction.Block, Definition.ErrorPolicies.WhenExhausted(policy)?.Action);
        Assert.Equal("audit_verification_conflict", Definition.FindSpecialCase("verification", ["verdicts_agree"])?.Id);
    }

    [Fact]
    public void Should_redispatch_the_principal_engineer_then_block_on_an_incomplete_synthesis()
    {
        var policy = Definition.ResolveGatePolicy("synthesis", ["plan_covers_every_task"], anyBlocking: false);

        Assert.Equal(PolicyAction.WaitRetry, policy.Action);
        Assert.Equal(["principal_engineer_ai"], policy.Redispatch);
        Assert.Equal(2, policy.MaxAttempts);
        Assert.Equal(PolicyAction.Block, Definition.ErrorPolicies.WhenExhausted(policy)?.Action);
    }

    [Fact]
    public void Should_use_on_blocking_for_a_failed_blocking_condition_and_on_fail_otherwise()
    {
        Assert.Equal("block", Definition.ResolveGatePolicy("deployment", ["no_inline_secrets"], anyBlocking: true).Id);
        Assert.Equal("rollback_then_block", Definition.ResolveGatePolicy("deployment", ["has_image"], anyBlocking: false).Id);
        Assert.Equal("back_to_development", Definition.ResolveGatePolicy("quality_assurance", ["no_failed_tests"], anyBlocking: false).Id);
    }

    [Fact]
    public void Should_grow_the_back_off_and_cap_it()
    {
        var backoff = Definition.ErrorPolicies.Get("retry_then_block").Backoff!;

        Assert.Equal(TimeSpan.FromSeconds(30), backoff.DelayBeforeRetry(1));
        Assert.Equal(TimeSpan.FromSeconds(60), backoff.DelayBeforeRetry(2));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.DelayBeforeRetry(10));
    }
}
