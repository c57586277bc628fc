namespace Orchestrator.Definitions.Tests;

public sealed class When_validating_the_corpus_of_broken_definitions
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "tests", "Orchestrator.Definitions.Tests", "Corpus")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_report_exactly_the_expected_problems_with_file_line_and_column(string name)
    {
        var folder = Path.Combine(Path.Combine(RepositoryRoot.Path, "tests", "Orchestrator.Definitions.Tests", "Corpus"), name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();

        var problems = DefinitionLoader.TryLoad(folder).Problems.Select(p => p.ToString()).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, problems);
    }
}
