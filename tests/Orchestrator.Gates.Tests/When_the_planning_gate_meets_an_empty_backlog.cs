using Orchestrator.Contracts;

namespace Orchestrator.Gates.Tests;

public sealed class When_the_planning_gate_meets_an_empty_backlog
{
    [Fact]
    public async Task Should_report_the_blocking_condition_as_blocking()
    {
        await using var gates = new GateHarness();
        var backlog = await gates.Store_("product_backlog.yaml", "items: []\n", "product_owner_ai");

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("planning", "PLANNING", backlog));

        Assert.Contains(failed.Failures, f => f.Rule == "backlog_has_items" && f.Blocking);
    }

    [Fact]
    public async Task Should_answer_an_unknown_gate_with_a_blocking_failure()
    {
        await using var gates = new GateHarness();

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("no_such_gate", "PLANNING"));

        var unknown = Assert.Single(failed.Failures);
        Assert.Equal("unknown_gate", unknown.Rule);
        Assert.True(unknown.Blocking);
    }
}
