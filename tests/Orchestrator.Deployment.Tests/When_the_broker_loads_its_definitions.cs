using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_the_broker_loads_its_definitions
{
    const string Bus = "a1b2c3d4e5f6_dotnet_bus_ybndrfg8ejkmcpqxot1uwisza3";

    static BrokerDefinitions Definitions => BrokerDefinitions.Current;

    [Fact]
    public void Should_define_no_guest_user()
    {
        Assert.DoesNotContain(Definitions.Users, user => user.Name == "guest");
    }

    [Fact]
    public void Should_give_every_user_permissions_on_a_defined_vhost_only()
    {
        foreach (var user in Definitions.Users)
        {
            var permissions = Definitions.Permissions.Where(permission => permission.User == user.Name).ToList();
            Assert.True(permissions.Count == 1, $"{user.Name} should have permissions on exactly one vhost, has {permissions.Count}.");
            Assert.Contains(permissions[0].Vhost, Definitions.Vhosts);
        }
    }

    [Fact]
    public void Should_make_only_the_operator_an_administrator()
    {
        var administrators = Definitions.Users.Where(user => user.Tags.Contains("administrator")).Select(user => user.Name);

        Assert.Equal(["operator"], administrators);
    }

    [Fact]
    public void Should_let_the_services_move_other_users_messages_to_error_queues()
    {
        // A message keeps its publisher's validated user_id when MassTransit moves it to _error or _skipped; RabbitMQ
        // takes that publish only from a user tagged impersonator.
        var services = ComposeFile.Current.DotnetServices
            .Where(service => service.Project is "Orchestrator.Service" or "Orchestrator.Gates" or "Orchestrator.StateWriter")
            .Select(service => service.Setting("RabbitMq__Username") ?? "")
            .ToList();

        Assert.Equal(3, services.Count);
        Assert.All(services, user => Assert.Contains("impersonator", Definitions.User(user)?.Tags ?? []));
    }

    [Theory]
    [MemberData(nameof(TheoryRows.Roles), MemberType = typeof(TheoryRows))]
    public void Should_let_no_role_speak_for_another(string role)
    {
        // With impersonator a role could stamp another role's user_id on its ArtifactReady and pass the orchestrator's check.
        Assert.Empty(Definitions.User(PipelineRoles.QueueOf(role))?.Tags ?? ["the user is missing"]);
    }

    [Fact]
    public void Should_load_the_definitions_file_compose_mounts()
    {
        var rabbitmq = ComposeFile.Current.Service("rabbitmq");
        var config = File.ReadAllLines(Repository.PathOf("infra/rabbitmq/rabbitmq.conf"));
        var loaded = config.Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries)).Single(pair => pair[0] == "load_definitions")[1];

        Assert.Contains(rabbitmq.Volumes, volume => volume.Source == "./infra/rabbitmq/definitions.json" && volume.Target == loaded);
        Assert.Contains(rabbitmq.Volumes, volume => volume.Source == "./infra/rabbitmq/rabbitmq.conf" && volume.Target.StartsWith("/etc/rabbitmq/conf.d/", StringComparison.Ordinal));
    }

    [Theory]
    // The orchestrator: its endpoints, the queues it sends work to, its events, the control API's commands, replies to the CLI;
    // not the roles' or gates' events.
    [InlineData("orchestrator", "read", "orchestrator-pipeline-run", true)]
    [InlineData("orchestrator", "configure", "orchestrator-scheduler_error", true)]
    [InlineData("orchestrator", "write", "role-qa-ai", true)]
    [InlineData("orchestrator", "write", "gates-evaluate-gate", true)]
    [InlineData("orchestrator", "read", "Orchestrator.Contracts:ArtifactReady", true)]
    [InlineData("orchestrator", "read", "MassTransit.Scheduling:ScheduleMessage", true)]
    [InlineData("orchestrator", "read", "Orchestrator.Service.Saga:RoleTaskRetryDue", true)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:WorkflowStateChanged", true)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:PipelineCompleted", true)]
    [InlineData("orchestrator", "write", Bus, true)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:ArtifactReady", false)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:GatePassed", false)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:StartPipeline", true)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:StopPipeline", true)]
    [InlineData("orchestrator", "write", "Orchestrator.Contracts:RoleTaskCompleted", false)]
    [InlineData("orchestrator", "read", "state-writer", false)]
    // The gates: their queue, EvaluateGate in, GatePassed/GateFailed out.
    [InlineData("gates", "read", "gates-evaluate-gate", true)]
    [InlineData("gates", "configure", "gates-evaluate-gate_error", true)]
    [InlineData("gates", "read", "Orchestrator.Contracts:EvaluateGate", true)]
    [InlineData("gates", "write", "Orchestrator.Contracts:GateFailed", true)]
    [InlineData("gates", "write", "MassTransit:Fault--Orchestrator.Contracts:EvaluateGate--", true)]
    [InlineData("gates", "write", "Orchestrator.Contracts:ArtifactReady", false)]
    [InlineData("gates", "read", "orchestrator-pipeline-run", false)]
    [InlineData("gates", "configure", "role-qa-ai", false)]
    // The state writer: snapshots in, nothing out.
    [InlineData("state-writer", "read", "state-writer", true)]
    [InlineData("state-writer", "read", "Orchestrator.Contracts:WorkflowStateChanged", true)]
    [InlineData("state-writer", "write", "Orchestrator.Contracts:WorkflowStateChanged", false)]
    [InlineData("state-writer", "write", "Orchestrator.Contracts:PipelineCompleted", false)]
    // A role: its queue and its three events; not another role's queue, not the tasks' exchange, not temporary queues.
    [InlineData("role-qa-ai", "read", "role-qa-ai", true)]
    [InlineData("role-qa-ai", "configure", "role-qa-ai_skipped", true)]
    [InlineData("role-qa-ai", "write", "MassTransit:Fault--Orchestrator.Contracts:ExecuteRoleTask--", true)]
    [InlineData("role-qa-ai", "read", "role-qa-ai-extra", false)]
    [InlineData("role-qa-ai", "configure", "role-codegen-ai", false)]
    [InlineData("role-qa-ai", "configure", Bus, false)]
    [InlineData("role-qa-ai", "read", "Orchestrator.Contracts:ExecuteRoleTask", false)]
    [InlineData("role-qa-ai", "read", "MassTransit:Fault", false)]
    // The operator (management UI, orchestratorctl): everything in the vhost.
    [InlineData("operator", "write", "Orchestrator.Contracts:ArtifactReady", true)]
    [InlineData("operator", "read", "role-qa-ai_error", true)]
    public void Should_grant_each_user_what_its_service_needs_and_no_more(string user, string access, string resource, bool allowed)
    {
        var permission = Definitions.Permission(user, "orchestrator");

        Assert.NotNull(permission);
        Assert.True(permission.Allows(access, resource) == allowed,
            $"{user} {(allowed ? "needs" : "must not have")} {access} on '{resource}' (infra/rabbitmq/README.md explains each pattern).");
    }
}
