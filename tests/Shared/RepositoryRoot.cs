namespace Orchestrator.Testing;

/// <summary>The folder holding Orchestrator.sln, found by walking up from the test binaries. Linked into each test project.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Orchestrator.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"Orchestrator.sln not found above {AppContext.BaseDirectory}.");
    }
}
