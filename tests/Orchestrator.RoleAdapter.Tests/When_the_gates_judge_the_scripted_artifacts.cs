using Orchestrator.Definitions;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_the_gates_judge_the_scripted_artifacts : IDisposable
{
    private readonly ScriptedPipeline _pipeline = new();

    [Fact]
    public async Task Should_pass_every_gate_of_the_default_pipeline()
    {
        var reader = await _pipeline.RunAsync();

        Assert.Equal(7, ScriptedPipeline.Definition.Gates.Count);
        foreach (var gate in ScriptedPipeline.Definition.Gates)
        {
            var evaluation = await GateEvaluator.EvaluateAsync(gate, reader);
            Assert.True(evaluation.Passed, $"gate {gate.Id}: " + string.Join("; ", evaluation.Failures.Select(f => $"{f.RuleId}: {f.Message}")));
        }
    }

    [Theory]
    [InlineData("product_owner_ai", "bad-artifact", "planning", "backlog_has_items")]
    [InlineData("planning_ai", "bad-artifact", "planning", "plan_has_sections,plan_approved,every_task_has_id")]
    [InlineData("auditor_ai", "bad-artifact", "audit", "summary_has_sections")]
    [InlineData("auditor_ai", "audit-conflict", "audit", "audit_approves_plan")]
    [InlineData("principal_engineer_ai", "bad-artifact", "verification", "report_has_sections")]
    [InlineData("principal_engineer_ai", "bad-artifact", "synthesis", "plan_has_sections")]
    [InlineData("principal_engineer_ai", "audit-conflict", "verification", "report_approves_plan,verdicts_agree")]
    [InlineData("principal_engineer_ai", "incomplete-plan", "synthesis", "plan_covers_every_task")]
    [InlineData("codegen_ai", "bad-artifact", "code_generation", "code_size_plausible")]
    [InlineData("qa_ai", "bad-artifact", "quality_assurance", "no_failed_tests,pass_signal")]
    [InlineData("mlops_ai", "bad-artifact", "deployment", "has_replicas,has_health_check,has_rollback_strategy")]
    public async Task Should_fail_exactly_the_rules_a_fault_aims_at(string role, string fault, string gate, string rules)
    {
        var reader = await _pipeline.RunAsync(new Dictionary<string, string> { ["fault." + role] = fault });

        var evaluation = await GateEvaluator.EvaluateAsync(ScriptedPipeline.Definition.GetGate(gate), reader);

        Assert.Equal(rules.Split(','), evaluation.Failures.Select(f => f.RuleId));
    }

    public void Dispose() => _pipeline.Dispose();
}
