namespace Orchestrator.Deployment.Tests.Support;

/// <summary>The repository these tests check, found from the test assembly's folder upwards.</summary>
public static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
