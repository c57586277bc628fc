using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_compose_configures_a_dotnet_service
{
    /// <summary>Settings that name a folder or a file the service keeps data in, which must outlive the container.</summary>
    static readonly Dictionary<string, bool> DataSettings = new() { ["Artifacts__Root"] = true, ["StateWriter__Path"] = false };

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_set_only_settings_its_code_reads(string name)
    {
        var service = ComposeFile.Current.Service(name);
        var keys = ConfigurationKeys.Of(ServiceProject.All[service.Project!]);
        var unknown = service.Environment.Keys.Where(variable => !keys.Reads(variable)).ToList();

        Assert.True(unknown.Count == 0,
            $"{name} sets {string.Join(", ", unknown)}, which {service.Project} never reads (it reads {string.Join(", ", keys.Exact.Order())}).");
    }

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_connect_as_a_broker_user_with_its_password(string name)
    {
        var service = ComposeFile.Current.Service(name);
        var username = service.Setting("RabbitMq__Username");
        var password = ComposeValue.WithDefaults(service.Setting("RabbitMq__Password") ?? "");
        var vhost = service.Setting("RabbitMq__VirtualHost");

        Assert.False(string.IsNullOrEmpty(username), $"{name} sets no RabbitMq__Username; the code's default user does not exist in compose.");
        var user = BrokerDefinitions.Current.User(username);
        Assert.True(user is not null, $"{name} connects as '{username}', a user infra/rabbitmq/definitions.json does not define.");
        Assert.True(password is not null && user.HasPassword(password),
            $"{name}'s RabbitMq__Password is not the password of '{username}' in definitions.json (see infra/rabbitmq/hash-password.py).");
        Assert.True(vhost is not null && BrokerDefinitions.Current.Permission(username, vhost) is not null,
            $"'{username}' has no permissions on vhost '{vhost}' in definitions.json.");
    }

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_find_the_definitions_in_its_image(string name)
    {
        var service = ComposeFile.Current.Service(name);
        if (service.Setting("Definitions__Path") is not { } path)
            return;

        Assert.Equal(path, Dockerfile.Load(service.Dockerfile!).Final.DestinationOf("gates/"));
    }

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_keep_its_data_on_a_volume(string name)
    {
        var service = ComposeFile.Current.Service(name);
        foreach (var (setting, isFolder) in DataSettings)
        {
            if (service.Setting(setting) is not { } value)
                continue;
            var folder = isFolder ? value : Path.GetDirectoryName(value)!.Replace('\\', '/');
            Assert.True(service.Volumes.Any(volume => folder == volume.Target || folder.StartsWith(volume.Target + "/", StringComparison.Ordinal)),
                $"{name}: {setting}={value} is not on a volume, so its data is lost with the container.");
        }
    }

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_mount_named_volumes_on_folders_its_user_owns(string name)
    {
        var service = ComposeFile.Current.Service(name);
        var runs = Dockerfile.Load(service.Dockerfile!).Final.All("RUN").Select(run => run.Arguments).ToList();
        foreach (var volume in service.Volumes.Where(volume => volume.IsNamedVolume))
        {
            // An empty named volume takes the owner of the image's folder; without one it stays root's and the app user cannot write.
            Assert.True(runs.Any(run => run.Contains("mkdir", StringComparison.Ordinal) && run.Contains(volume.Target, StringComparison.Ordinal)
                && run.Contains("chown", StringComparison.Ordinal)),
                $"{service.Dockerfile} must create {volume.Target} owned by the app user (mkdir + chown), where {name} mounts '{volume.Source}'.");
        }
    }

    [Theory]
    [MemberData(nameof(TheoryRows.DotnetServices), MemberType = typeof(TheoryRows))]
    public void Should_have_the_program_its_health_check_runs(string name)
    {
        var service = ComposeFile.Current.Service(name);
        if (service.HealthCheck is not ["CMD", var program, ..] || program != "curl")
            return;

        Assert.Contains(Dockerfile.Load(service.Dockerfile!).Final.All("RUN"),
            run => run.Arguments.Contains("install", StringComparison.Ordinal) && run.Arguments.Contains("curl", StringComparison.Ordinal));
    }
}
