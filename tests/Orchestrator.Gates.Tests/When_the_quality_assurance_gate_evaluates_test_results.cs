using Orchestrator.Contracts;

namespace Orchestrator.Gates.Tests;

public sealed class When_the_quality_assurance_gate_evaluates_test_results
{
    [Fact]
    public async Task Should_pass_when_every_test_passed_and_qa_signalled_pass()
    {
        await using var gates = new GateHarness();
        var results = await gates.Store_("test_results.json", """{"status":"PASS","total":12,"passed":12,"failed":0}""");

        var answer = await gates.Evaluate("quality_assurance", "TESTING", results);

        var passed = Assert.IsType<GatePassed>(answer);
        Assert.Equal("TESTING", passed.State);
    }

    [Fact]
    public async Task Should_fail_naming_each_broken_rule()
    {
        await using var gates = new GateHarness();
        var results = await gates.Store_("test_results.json", """{"status":"FAIL","total":12,"passed":10,"failed":2}""");

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("quality_assurance", "TESTING", results));

        Assert.Equal(["no_failed_tests", "pass_signal"], failed.Failures.Select(f => f.Rule).Order());
        Assert.All(failed.Failures, f => Assert.False(f.Blocking));
    }

    [Fact]
    public async Task Should_fail_when_the_required_input_is_missing()
    {
        await using var gates = new GateHarness();

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("quality_assurance", "TESTING"));

        var missing = Assert.Single(failed.Failures);
        Assert.Contains("test_results.json", missing.Message);
    }

    [Fact]
    public async Task Should_fail_on_a_garbled_artifact_without_crashing()
    {
        await using var gates = new GateHarness();
        var results = await gates.Store_("test_results.json", """{"status": "PASS", "total": 12, """);

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("quality_assurance", "TESTING", results));

        Assert.NotEmpty(failed.Failures);
        Assert.Contains(failed.Failures, f => f.Message.Contains("test_results.json"));
    }

    [Fact]
    public async Task Should_fail_as_blocking_when_an_artifact_changed_after_it_was_published()
    {
        await using var gates = new GateHarness();
        var results = await gates.Store_("test_results.json", """{"status":"PASS","total":12,"passed":12,"failed":0}""");
        await File.WriteAllTextAsync(gates.Store.ResolveSafe(results.Location), """{"status":"PASS","total":1,"passed":1,"failed":0}""");

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("quality_assurance", "TESTING", results));

        var integrity = Assert.Single(failed.Failures, f => f.Rule == "artifact_integrity");
        Assert.True(integrity.Blocking);
    }

    [Fact]
    public async Task Should_refuse_a_location_outside_the_store()
    {
        await using var gates = new GateHarness();
        var escaping = new ArtifactRef("test_results.json", "qa_ai", "../../etc/passwd", new string('0', 64), 10);

        var failed = Assert.IsType<GateFailed>(await gates.Evaluate("quality_assurance", "TESTING", escaping));

        var unreadable = Assert.Single(failed.Failures, f => f.Rule == "artifact_readable");
        Assert.True(unreadable.Blocking);
    }
}
