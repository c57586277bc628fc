using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_a_service_project_is_runnable
{
    [Fact]
    public void Should_be_told_apart_from_libraries_and_the_cli()
    {
        var runnable = ServiceProject.All.Values.Where(project => project.IsRunnableService).Select(project => project.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "Orchestrator.Service", "Orchestrator.Gates", "Orchestrator.RoleAdapter", "Orchestrator.StateWriter" }, runnable);
        Assert.DoesNotContain("Orchestrator.Cli", runnable);
        Assert.DoesNotContain("Orchestrator.Hosting", runnable);
    }

    [Theory]
    [MemberData(nameof(TheoryRows.RunnableProjects), MemberType = typeof(TheoryRows))]
    public void Should_have_its_own_Dockerfile(string project)
    {
        var dockerfile = $"services/{project}/Dockerfile";

        Assert.True(File.Exists(Repository.PathOf(dockerfile)), $"{dockerfile} is missing: every runnable service needs an image.");
    }

    [Theory]
    [MemberData(nameof(TheoryRows.RunnableProjects), MemberType = typeof(TheoryRows))]
    public void Should_be_started_by_docker_compose(string project)
    {
        var services = ComposeFile.Current.Services.Values.Where(service => service.Project == project && service.StartsWithTheStack);

        Assert.True(services.Any(),
            $"docker-compose.yml starts no service built from services/{project}/Dockerfile (build.dockerfile), so `docker compose up` lacks {project}.");
    }
}
