namespace Orchestrator.Deployment.Tests.Support;

/// <summary>
/// .dockerignore, for the patterns this repository uses: a path (<c>.git/</c>, <c>tests/</c>) excludes everything
/// under it; <c>**/name/</c> excludes every folder with that name; <c>**/*.ext</c> every file with that ending.
/// </summary>
public sealed class DockerIgnore(IReadOnlyList<string> patterns)
{
    public IReadOnlyList<string> Patterns { get; } = patterns;

    public static DockerIgnore Load() => new(
        File.ReadAllLines(Repository.PathOf(".dockerignore"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList());

    /// <summary>The pattern that keeps <paramref name="path"/> (relative to the root) out of the build context, if any.</summary>
    public string? Excluding(string path)
    {
        var segments = path.TrimEnd('/').Split('/');
        foreach (var pattern in Patterns)
        {
            var trimmed = pattern.TrimEnd('/');
            if (trimmed.StartsWith("**/*", StringComparison.Ordinal) && segments[^1].EndsWith(trimmed[4..], StringComparison.Ordinal))
                return pattern;
            if (trimmed.StartsWith("**/", StringComparison.Ordinal) && segments.Contains(trimmed[3..]))
                return pattern;
            if (path.TrimEnd('/') == trimmed || path.StartsWith(trimmed + "/", StringComparison.Ordinal))
                return pattern;
        }
        return null;
    }
}
