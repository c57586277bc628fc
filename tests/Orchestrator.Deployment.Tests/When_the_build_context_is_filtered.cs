using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_the_build_context_is_filtered
{
    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_send_everything_the_Dockerfile_copies(string project)
    {
        var ignore = DockerIgnore.Load();
        foreach (var source in Dockerfile.Load($"services/{project}/Dockerfile").Stages.SelectMany(stage => stage.CopiedFromContext))
        {
            Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), $"services/{project}/Dockerfile copies {source}, which does not exist.");
            Assert.True(ignore.Excluding(source) is null, $"services/{project}/Dockerfile copies {source}, but .dockerignore excludes it ({ignore.Excluding(source)}).");
        }
    }

    [Fact]
    public void Should_leave_the_hosts_build_output_behind()
    {
        var ignore = DockerIgnore.Load();

        Assert.NotNull(ignore.Excluding("services/Orchestrator.Service/obj/project.assets.json"));
        Assert.NotNull(ignore.Excluding("services/Orchestrator.Service/bin/Debug/net10.0/Orchestrator.Service.dll"));
        Assert.NotNull(ignore.Excluding(".local/state/workflow_state.json"));
    }
}
