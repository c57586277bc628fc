namespace Orchestrator.Definitions.Tests;

public sealed class When_tests_fail_or_lack_the_pass_signal
{
    [Fact]
    public async Task Should_fail_quality_assurance_on_failed_tests_and_a_missing_PASS()
    {
        var reader = SampleArtifacts.Passing()
            .Add("test_results.json", """{ "status": "FAIL", "total": 42, "passed": 40, "failed": 2 }""");

        Assert.Equal(
            [
                "no_failed_tests: test_results.json: failed is '2', expected equal to 0",
                "pass_signal: test_results.json: status is 'FAIL', expected equal to PASS",
            ],
            await SampleArtifacts.Failures("quality_assurance", reader));
    }

    [Fact]
    public async Task Should_fail_when_no_test_ran()
    {
        var reader = SampleArtifacts.Passing()
            .Add("test_results.json", """{ "status": "PASS", "total": 0, "passed": 0, "failed": 0 }""");

        Assert.Equal(
            ["tests_ran: test_results.json: total is '0', expected greater than 0"],
            await SampleArtifacts.Failures("quality_assurance", reader));
    }

    [Fact]
    public async Task Should_report_a_missing_key_and_invalid_json()
    {
        var missingKey = SampleArtifacts.Passing().Add("test_results.json", """{ "status": "PASS", "total": 3, "passed": 3 }""");
        var broken = SampleArtifacts.Passing().Add("test_results.json", """{ "status": "PASS", """);

        Assert.Equal(["no_failed_tests: test_results.json: failed does not exist"], await SampleArtifacts.Failures("quality_assurance", missingKey));
        var failures = await SampleArtifacts.Failures("quality_assurance", broken);
        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.Contains("test_results.json is not valid JSON (line 1)", f));
    }
}
