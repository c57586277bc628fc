namespace Orchestrator.Definitions.Tests;

public sealed class When_loading_the_shipped_gates_folder
{
    private static PipelineDefinition Definition => Repository.ShippedDefinition;

    [Fact]
    public void Should_report_no_problems()
    {
        var result = DefinitionLoader.TryLoad(Repository.GatesDirectory);

        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Should_define_the_eleven_workflow_states()
    {
        string[] expected = ["IDLE", "PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "BLOCKED", "ROLLBACK"];

        Assert.Equal(expected, Definition.States.Select(s => s.Id));
        Assert.Equal("IDLE", Definition.InitialState.Id);
        Assert.Equal("BLOCKED", Definition.HoldState?.Id);
    }

    [Fact]
    public void Should_follow_the_main_line_from_IDLE_to_a_final_MONITORING()
    {
        var line = new List<string>();
        for (var state = Definition.InitialState.Id; Definition.NextState(state) is { } next; state = next)
        {
            line.Add(next);
        }

        Assert.Equal(["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING"], line);
        Assert.True(Definition.GetState("MONITORING").Final);
    }

    [Theory]
    [InlineData("PLANNING", "planning")]
    [InlineData("AUDIT", "audit")]
    [InlineData("VALIDATION", "verification")]
    [InlineData("SYNTHESIS", "synthesis")]
    [InlineData("DEVELOPMENT", "code_generation")]
    [InlineData("TESTING", "quality_assurance")]
    [InlineData("DEPLOYMENT", "deployment")]
    public void Should_close_each_work_state_with_its_gate(string state, string gate) =>
        Assert.Equal(gate, Definition.GateFor(state)?.Id);

    [Fact]
    public void Should_dispatch_the_planning_roles_in_order()
    {
        var steps = Definition.GetState("PLANNING").Steps;

        Assert.Equal(["product_owner_ai", "planning_ai"], steps.Select(s => s.Roles.Single().Role));
        Assert.Equal(["product_backlog.yaml", "technical_plan.md", "task_breakdown.yaml"], Definition.GetState("PLANNING").ExpectedOutputs);
    }

    [Fact]
    public void Should_expect_one_report_of_the_principal_engineer_in_each_of_its_states()
    {
        Assert.Equal(["Validation_Report.md"], Definition.GetState("VALIDATION").ExpectedOutputs);
        Assert.Equal(["Final_Implementation_Plan.md"], Definition.GetState("SYNTHESIS").ExpectedOutputs);
    }

    [Fact]
    public void Should_run_support_roles_beside_the_main_line_without_holding_the_gate()
    {
        var audit = Definition.GetState("AUDIT");

        Assert.Equal(["auditor_ai", "analyst_ai"], audit.DispatchOnEntry.Select(a => a.Role));
        Assert.Equal(["Summary_Report.md"], audit.ExpectedOutputs);
        Assert.True(Definition.GetRole("analyst_ai").Support);
    }

    [Theory]
    [InlineData("IDLE", "PLANNING", true)]
    [InlineData("TESTING", "DEVELOPMENT", true)]
    [InlineData("DEPLOYMENT", "ROLLBACK", true)]
    [InlineData("BLOCKED", "TESTING", true)]
    [InlineData("PLANNING", "DEPLOYMENT", false)]
    [InlineData("IDLE", "BLOCKED", false)]
    [InlineData("NOWHERE", "PLANNING", false)]
    public void Should_allow_only_the_transitions_of_the_table(string from, string to, bool allowed) =>
        Assert.Equal(allowed, Definition.IsTransitionAllowed(from, to));

    [Fact]
    public void Should_dispatch_the_auditor_only_for_an_approved_plan()
    {
        var conditions = Definition.DispatchConditions("AUDIT", "auditor_ai");

        var plan = Assert.Single(conditions, c => c.Artifact == "technical_plan.md");
        Assert.False(plan.IsSatisfiedBy(new Dictionary<string, string> { ["status"] = "draft" }));
        Assert.True(plan.IsSatisfiedBy(new Dictionary<string, string> { ["status"] = "approved" }));
        Assert.Contains(conditions, c => c.Artifact == "task_breakdown.yaml");
    }
}
