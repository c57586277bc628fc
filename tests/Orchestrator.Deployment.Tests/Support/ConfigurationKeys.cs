using System.Text.RegularExpressions;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>
/// The environment variables a project (with the projects it references) reads, found in its sources: options
/// classes (<c>const string Section</c> plus their settable properties), <c>GetConnectionString</c> calls and
/// <c>Configuration["A:B"]</c> look-ups and <c>GetEnvironmentVariable("X")</c> calls; plus the variables .NET itself reads.
/// </summary>
public sealed partial class ConfigurationKeys
{
    /// <summary>Read by ASP.NET Core, the .NET host, Microsoft.Extensions.Logging and Serilog's configuration.</summary>
    static readonly string[] FrameworkPrefixes = ["ASPNETCORE_", "DOTNET_", "Logging__", "Serilog__"];

    readonly HashSet<string> exact = new(StringComparer.OrdinalIgnoreCase);
    readonly List<string> prefixes = [.. FrameworkPrefixes];

    public static ConfigurationKeys Of(ServiceProject project)
    {
        var keys = new ConfigurationKeys();
        var sources = project.WithReferences()
            .SelectMany(referenced => Directory.EnumerateFiles(Repository.PathOf(referenced.Folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText)
            .ToList();
        var constants = sources.SelectMany(source => StringConstant().Matches(source))
            .GroupBy(match => match.Groups["name"].Value)
            .ToDictionary(group => group.Key, group => group.First().Groups["value"].Value);
        foreach (var source in sources)
            keys.Scan(source, constants);
        return keys;
    }

    public IReadOnlyCollection<string> Exact => exact;

    public bool Reads(string variable) =>
        exact.Contains(variable) || prefixes.Any(prefix => variable.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    void Scan(string source, IReadOnlyDictionary<string, string> constants)
    {
        // One type per file: a Section constant and the properties beside it belong to the same options class.
        if (Section().Match(source) is { Success: true } section)
        {
            foreach (Match property in SettableProperty().Matches(source))
            {
                var key = $"{section.Groups["section"].Value}__{property.Groups["name"].Value}";
                exact.Add(key);
                if (IsCollection(property.Groups["type"].Value))
                    prefixes.Add(key + "__");
            }
        }
        foreach (Match call in ConnectionStringCall().Matches(source))
        {
            var name = call.Groups["literal"].Success ? call.Groups["literal"].Value : constants.GetValueOrDefault(call.Groups["constant"].Value);
            if (name is not null)
                exact.Add($"ConnectionStrings__{name}");
        }
        foreach (Match lookup in ConfigurationIndexer().Matches(source))
            exact.Add(lookup.Groups["key"].Value.Replace(":", "__"));
        foreach (Match lookup in EnvironmentVariable().Matches(source))
            exact.Add(lookup.Groups["name"].Value);
    }

    static bool IsCollection(string type) =>
        type.EndsWith("[]", StringComparison.Ordinal) || type.Contains("List<", StringComparison.Ordinal) || type.Contains("Dictionary<", StringComparison.Ordinal);

    [GeneratedRegex("""const\s+string\s+Section\s*=\s*"(?<section>[^"]+)"\s*;""")]
    private static partial Regex Section();

    [GeneratedRegex(@"public\s+(?<type>[\w.<>\[\]?, ]+?)\s+(?<name>\w+)\s*\{\s*get;\s*(?:set|init);")]
    private static partial Regex SettableProperty();

    [GeneratedRegex("""const\s+string\s+(?<name>\w+)\s*=\s*"(?<value>[^"]*)"\s*;""")]
    private static partial Regex StringConstant();

    [GeneratedRegex("""GetConnectionString\(\s*(?:"(?<literal>[^"]+)"|(?<constant>\w+))\s*\)""")]
    private static partial Regex ConnectionStringCall();

    [GeneratedRegex("""Configuration\[\s*"(?<key>[^"]+)"\s*\]""")]
    private static partial Regex ConfigurationIndexer();

    [GeneratedRegex("""GetEnvironmentVariable\(\s*"(?<name>[^"]+)"\s*\)""")]
    private static partial Regex EnvironmentVariable();
}
