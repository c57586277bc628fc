namespace Orchestrator.Definitions.Tests;

public sealed class When_a_deployment_config_is_incomplete
{
    [Fact]
    public async Task Should_name_each_missing_or_wrong_key()
    {
        var reader = SampleArtifacts.Passing().Add("deployment_config", """
            environment: staging
            replicas: 0
            health_check:
              port: 8080

            """);

        Assert.Equal(
            [
                "has_image: deployment_config: image does not exist",
                "has_replicas: deployment_config: replicas is '0', expected greater than 0",
                "has_health_check: deployment_config: health_check.path does not exist",
                "has_rollback_strategy: deployment_config: rollback.strategy does not exist",
            ],
            await SampleArtifacts.Failures("deployment", reader));
    }

    [Fact]
    public async Task Should_block_a_config_with_an_inline_secret()
    {
        var reader = SampleArtifacts.Passing().Add("deployment_config", SampleArtifacts.DeploymentConfig + "Password: hunter2\n");

        Assert.Equal(
            ["no_inline_secrets (blocking): deployment_config must not match /^\\s*(password|secret|api_key|token)\\s*:/, but line 8 does: 'Password:'"],
            await SampleArtifacts.Failures("deployment", reader));
        Assert.Equal("block", Repository.ShippedDefinition.ResolveGatePolicy("deployment", ["no_inline_secrets"], anyBlocking: true).Id);
    }

    [Fact]
    public async Task Should_report_a_config_that_is_not_yaml()
    {
        var reader = SampleArtifacts.Passing().Add("deployment_config", "environment: [staging\n");

        var failures = await SampleArtifacts.Failures("deployment", reader);

        Assert.Equal(5, failures.Count);
        Assert.All(failures, f => Assert.Contains("deployment_config is not valid YAML", f));
    }
}
