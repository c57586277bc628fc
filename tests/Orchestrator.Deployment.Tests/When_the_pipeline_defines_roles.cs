using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_the_pipeline_defines_roles
{
    static readonly string[] RoleEvents = ["ArtifactReady", "RoleTaskCompleted", "RoleTaskFailed"];
    static readonly string[] OthersMessages = ["ExecuteRoleTask", "EvaluateGate", "GatePassed", "GateFailed", "StartPipeline", "WorkflowStateChanged"];

    [Theory]
    [MemberData(nameof(TheoryRows.Roles), MemberType = typeof(TheoryRows))]
    public void Should_start_one_role_adapter_for_each(string role)
    {
        var adapters = RoleAdapters().Where(adapter => RoleOf(adapter) == role).Select(adapter => adapter.Name).ToList();

        Assert.True(adapters.Count == 1, $"docker-compose.yml should start one role adapter with --role {role}; it starts {adapters.Count} ({string.Join(", ", adapters)}).");
    }

    [Fact]
    public void Should_serve_no_role_the_pipeline_lacks()
    {
        var unknown = RoleAdapters().Select(RoleOf).Where(role => !PipelineRoles.All.Contains(role)).ToList();

        Assert.True(unknown.Count == 0, $"Role adapters serve {string.Join(", ", unknown)}, which gates/pipeline.yaml does not define.");
    }

    [Theory]
    [MemberData(nameof(TheoryRows.Roles), MemberType = typeof(TheoryRows))]
    public void Should_connect_each_adapter_as_its_roles_user(string role)
    {
        // The orchestrator accepts a role's results only from the RabbitMQ user role-<role> (the validated user_id).
        foreach (var adapter in RoleAdapters().Where(adapter => RoleOf(adapter) == role))
            Assert.Equal(PipelineRoles.QueueOf(role), adapter.Setting("RabbitMq__Username"));
    }

    [Theory]
    [MemberData(nameof(TheoryRows.Roles), MemberType = typeof(TheoryRows))]
    public void Should_let_a_role_read_its_own_queue_and_no_other(string role)
    {
        var permission = PermissionOf(role);

        Assert.True(permission.Allows("read", PipelineRoles.QueueOf(role)), $"{permission.User} cannot read its queue {PipelineRoles.QueueOf(role)}.");
        foreach (var other in PipelineRoles.All.Where(other => other != role).Select(PipelineRoles.QueueOf))
            Assert.False(permission.Allows("read", other), $"{permission.User} may read {other}, another role's tasks.");
    }

    [Theory]
    [MemberData(nameof(TheoryRows.Roles), MemberType = typeof(TheoryRows))]
    public void Should_let_a_role_publish_its_results_and_nothing_else(string role)
    {
        var permission = PermissionOf(role);

        foreach (var message in RoleEvents)
            Assert.True(permission.Allows("write", $"Orchestrator.Contracts:{message}"), $"{permission.User} cannot publish {message}.");
        foreach (var message in OthersMessages)
            Assert.False(permission.Allows("write", $"Orchestrator.Contracts:{message}"), $"{permission.User} may publish {message}.");
    }

    static IEnumerable<ComposeService> RoleAdapters() =>
        ComposeFile.Current.Services.Values.Where(service => service.Project == "Orchestrator.RoleAdapter");

    static string? RoleOf(ComposeService adapter) =>
        adapter.Command is ["--role", var role] ? role : adapter.Setting("RoleAdapter__Role");

    static BrokerPermission PermissionOf(string role) =>
        BrokerDefinitions.Current.Permissions.SingleOrDefault(permission => permission.User == PipelineRoles.QueueOf(role))
        ?? throw new Xunit.Sdk.XunitException($"infra/rabbitmq/definitions.json has no permissions for {PipelineRoles.QueueOf(role)}.");
}
