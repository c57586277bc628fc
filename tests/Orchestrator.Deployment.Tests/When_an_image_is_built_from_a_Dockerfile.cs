using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed class When_an_image_is_built_from_a_Dockerfile
{
    static readonly string[] RootUsers = ["", "root", "0", "0:0", "root:root"];
    static readonly string[] BuildFiles = ["global.json", "Directory.Build.props", "Directory.Packages.props"];

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_build_with_the_sdk_and_run_on_the_aspnet_runtime(string project)
    {
        var dockerfile = DockerfileOf(project);

        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", dockerfile.Stages[0].BaseImage);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", dockerfile.Final.BaseImage);
    }

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_publish_its_own_project_in_Release(string project)
    {
        var csproj = ServiceProject.All[project].Csproj;
        var publishes = DockerfileOf(project).Stages[0].All("RUN").Select(run => run.Arguments)
            .Where(command => command.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.Contains(publishes, command => command.Contains(csproj, StringComparison.Ordinal) && command.Contains("-c Release", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_start_the_projects_dll(string project)
    {
        var entrypoint = DockerfileOf(project).Final.All("ENTRYPOINT").LastOrDefault();

        Assert.NotNull(entrypoint);
        Assert.Equal(["dotnet", $"{ServiceProject.All[project].AssemblyName}.dll"], entrypoint.ExecForm());
    }

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_run_as_a_non_root_user(string project)
    {
        var user = DockerfileOf(project).Final.User;

        Assert.DoesNotContain(user, RootUsers);
    }

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_copy_the_project_files_it_needs_before_restoring(string project)
    {
        var build = DockerfileOf(project).Stages[0];
        var restore = IndexOf(build, instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var projectFiles = ServiceProject.All[project].WithReferences().Select(referenced => referenced.Csproj);

        Assert.True(restore >= 0, $"{DockerfileOf(project).RelativePath} never runs dotnet restore.");
        foreach (var file in BuildFiles.Concat(projectFiles))
        {
            var copy = IndexOf(build, instruction => instruction.Keyword == "COPY" && instruction.Words.SkipLast(1).Contains(file));
            Assert.True(copy >= 0 && copy < restore, $"{DockerfileOf(project).RelativePath} must COPY {file} before dotnet restore (layer caching, central package versions).");
        }
    }

    [Theory]
    [MemberData(nameof(TheoryRows.ImageProjects), MemberType = typeof(TheoryRows))]
    public void Should_copy_the_sources_of_every_project_it_references(string project)
    {
        var copied = DockerfileOf(project).Stages[0].CopiedFromContext;
        var missing = ServiceProject.All[project].WithReferences().Select(referenced => referenced.Folder + "/").Where(folder => !copied.Contains(folder));

        Assert.True(!missing.Any(), $"{DockerfileOf(project).RelativePath} does not COPY {string.Join(", ", missing)}, which {project} builds from.");
    }

    static Dockerfile DockerfileOf(string project) => Dockerfile.Load($"services/{project}/Dockerfile");

    static int IndexOf(DockerStage stage, Predicate<DockerInstruction> match) => stage.Instructions.ToList().FindIndex(match);
}
