namespace Orchestrator.Definitions.Tests;

public sealed class When_planning_artifacts_are_incomplete
{
    [Fact]
    public async Task Should_name_the_task_without_an_id()
    {
        var reader = SampleArtifacts.Passing().Add("task_breakdown.yaml", """
            tasks:
              - id: T-1
                title: Export endpoint
              - title: CSV writer
              - id: T-3
                title: Customer filter

            """);

        Assert.Equal(["every_task_has_id: task_breakdown.yaml: tasks.1.id does not exist"], await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_fail_on_a_breakdown_without_tasks()
    {
        var reader = SampleArtifacts.Passing().Add("task_breakdown.yaml", "tasks: []\n");

        Assert.Equal(["every_task_has_id: task_breakdown.yaml has nothing at tasks.*.id (an empty list or mapping)"], await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_require_the_sections_of_the_technical_plan()
    {
        var plan = SampleArtifacts.TechnicalPlan.Replace("## Risks", "## Concerns", StringComparison.Ordinal)
            + "\n```markdown\n## Architecture\n```\n";
        var reader = SampleArtifacts.Passing().Add("technical_plan.md", plan, SampleArtifacts.Approved);

        Assert.Equal(["plan_has_sections: technical_plan.md is missing the section 'Risks'"], await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_not_count_headings_inside_code_fences()
    {
        var plan = "# Plan\n\n## Overview\nText.\n\n```\n## Architecture\n## Risks\n```\n" + new string('x', 200);
        var reader = SampleArtifacts.Passing().Add("technical_plan.md", plan, SampleArtifacts.Approved);

        Assert.Equal(
            ["plan_has_sections: technical_plan.md is missing the sections 'Architecture', 'Risks'"],
            await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_accept_numbered_headings_in_any_case()
    {
        var plan = SampleArtifacts.TechnicalPlan.Replace("## Risks", "### 3. risks:", StringComparison.Ordinal);
        var reader = SampleArtifacts.Passing().Add("technical_plan.md", plan, SampleArtifacts.Approved);

        Assert.Empty(await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_require_the_plan_to_be_published_as_approved()
    {
        var draft = SampleArtifacts.Passing()
            .Add("technical_plan.md", SampleArtifacts.TechnicalPlan, new Dictionary<string, string> { ["status"] = "draft" });
        var unmarked = SampleArtifacts.Passing().Add("technical_plan.md", SampleArtifacts.TechnicalPlan);

        Assert.Equal(["plan_approved: technical_plan.md has status: draft, expected status: approved"], await SampleArtifacts.Failures("planning", draft));
        Assert.Equal(
            ["plan_approved: technical_plan.md was published without the attribute status (expected status: approved)"],
            await SampleArtifacts.Failures("planning", unmarked));
    }

    [Fact]
    public async Task Should_reject_a_trivially_short_plan()
    {
        var reader = SampleArtifacts.Passing().Add("technical_plan.md", "## Overview\n## Architecture\n## Risks\n", SampleArtifacts.Approved);

        Assert.Equal(["plan_not_trivial: technical_plan.md is 37 bytes, below the minimum of 200"], await SampleArtifacts.Failures("planning", reader));
    }

    [Fact]
    public async Task Should_block_on_an_empty_backlog()
    {
        var reader = SampleArtifacts.Passing().Add("product_backlog.yaml", "items: []\n");

        Assert.Equal(["backlog_has_items (blocking): product_backlog.yaml: items.0.id does not exist"], await SampleArtifacts.Failures("planning", reader));
    }
}
