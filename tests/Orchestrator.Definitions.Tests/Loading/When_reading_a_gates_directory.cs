namespace Orchestrator.Definitions.Tests;

public sealed class When_reading_a_gates_directory : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"definitions-{Guid.NewGuid():N}", "gates");

    public When_reading_a_gates_directory() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);

    [Fact]
    public void Should_load_pipeline_and_gates_and_ignore_other_files()
    {
        Write("pipeline.yaml", MiniDefinition.Pipeline);
        Write("check.yaml", MiniDefinition.Gate);
        Write("README.md", "# not a definition");

        var definition = DefinitionLoader.Load(directory);

        Assert.Equal(["check"], definition.Gates.Select(g => g.Id));
        Assert.Equal(["check.yaml", "pipeline.yaml"], definition.Sources.Keys.Order());
    }

    [Fact]
    public void Should_report_a_missing_pipeline_file()
    {
        Write("check.yaml", MiniDefinition.Gate);

        var problems = DefinitionLoader.TryLoad(directory).Problems.Select(p => p.ToString());

        Assert.Equal(["gates/pipeline.yaml:1:1: pipeline.yaml is missing: it defines the roles, states and policies"], problems);
    }

    [Fact]
    public void Should_report_a_yml_file_instead_of_ignoring_it()
    {
        Write("pipeline.yaml", MiniDefinition.Pipeline);
        Write("check.yml", MiniDefinition.Gate);

        var problems = DefinitionLoader.TryLoad(directory).Problems.Select(p => p.ToString());

        Assert.Contains("gates/check.yml:1:1: definition files end in .yaml: rename check.yml", problems);
    }

    [Fact]
    public void Should_report_a_directory_that_does_not_exist()
    {
        var missing = Path.Combine(directory, "nowhere");

        var problem = Assert.Single(DefinitionLoader.TryLoad(missing).Problems);

        Assert.Equal($"nowhere:1:1: the definitions directory {missing} does not exist", problem.ToString());
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(directory, name), text);
}
