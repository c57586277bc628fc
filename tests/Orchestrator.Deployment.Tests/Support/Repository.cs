namespace Orchestrator.Deployment.Tests.Support;

/// <summary>The repository these tests check, found from the test assembly's folder upwards.</summary>
public static class Repository
{
    static readonly Lazy<string> root = new(FindRoot);

    public static string Root => root.Value;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No Orchestrator.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
