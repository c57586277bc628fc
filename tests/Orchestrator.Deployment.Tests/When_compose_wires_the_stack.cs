using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_compose_wires_the_stack
{
    static ComposeFile Compose => ComposeFile.Current;

    [Fact]
    public void Should_wait_for_dependencies_that_exist_and_report_their_health()
    {
        foreach (var service in Compose.Services.Values)
        {
            foreach (var (dependency, condition) in service.DependsOn)
            {
                Assert.True(Compose.Services.ContainsKey(dependency), $"{service.Name} depends on '{dependency}', which is not a service.");
                Assert.True(condition == "service_healthy", $"{service.Name} should wait for {dependency} with condition service_healthy, not {condition}.");
                Assert.True(Compose.Service(dependency).HealthCheck.Count > 0, $"{service.Name} waits for {dependency} to be healthy, but {dependency} has no healthcheck.");
            }
        }
    }

    [Fact]
    public void Should_check_the_health_of_every_service_it_starts()
    {
        var unwatched = Compose.Services.Values.Where(service => service.StartsWithTheStack && service.HealthCheck.Count == 0).Select(service => service.Name);

        Assert.Empty(unwatched);
    }

    [Fact]
    public void Should_declare_every_named_volume_it_mounts()
    {
        var undeclared = Compose.Services.Values
            .SelectMany(service => service.Volumes.Where(volume => volume.IsNamedVolume && !Compose.Volumes.Contains(volume.Source)).Select(volume => $"{service.Name}: {volume.Source}"));

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Should_mount_only_files_of_the_repository_that_exist()
    {
        var missing = Compose.Services.Values
            .SelectMany(service => service.Volumes.Where(volume => !volume.IsNamedVolume).Select(volume => volume.Source))
            .Where(source => !File.Exists(Repository.PathOf(source)) && !Directory.Exists(Repository.PathOf(source)));

        Assert.Empty(missing);
    }

    [Fact]
    public void Should_publish_each_host_port_once()
    {
        var ports = Compose.Services.Values.SelectMany(service => service.Ports).Select(port => port.HostPort).ToList();

        Assert.Equal(ports.Distinct().Count(), ports.Count);
    }

    [Fact]
    public void Should_publish_ports_on_this_machine_only()
    {
        var open = Compose.Services.Values.SelectMany(service => service.Ports.Where(port => port.HostIp != "127.0.0.1").Select(port => $"{service.Name} {port}"));

        Assert.Empty(open);
    }

    [Fact]
    public void Should_publish_the_orchestrators_http_port()
    {
        var orchestrator = Compose.DotnetServices.Single(service => service.Project == "Orchestrator.Service");

        Assert.Contains(orchestrator.Ports, port => port.ContainerPort == orchestrator.Setting("ASPNETCORE_HTTP_PORTS"));
    }
}
