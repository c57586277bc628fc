namespace Orchestrator.Deployment.Tests.Support;

/// <summary>docker-compose.yml at the repository root.</summary>
public sealed class ComposeFile
{
    static readonly Lazy<ComposeFile> current = new(() => Load(Repository.PathOf("docker-compose.yml")));

    ComposeFile(IReadOnlyDictionary<string, ComposeService> services, IReadOnlySet<string> volumes)
    {
        Services = services;
        Volumes = volumes;
    }

    public static ComposeFile Current => current.Value;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    /// <summary>The named volumes declared at the top level.</summary>
    public IReadOnlySet<string> Volumes { get; }

    /// <summary>The services built from a Dockerfile of a project under services/.</summary>
    public IEnumerable<ComposeService> DotnetServices => Services.Values.Where(service => service.Project is not null);

    public ComposeService Service(string name) =>
        Services.TryGetValue(name, out var service) ? service : throw new KeyNotFoundException($"docker-compose.yml has no service '{name}'.");

    public static ComposeFile Load(string path)
    {
        var root = Yaml.Load(path);
        var services = Yaml.Map(Yaml.Get(root, "services"))
            .ToDictionary(entry => entry.Key, entry => ComposeService.Parse(entry.Key, entry.Value), StringComparer.Ordinal);
        return new ComposeFile(services, Yaml.Map(Yaml.Get(root, "volumes")).Keys.ToHashSet(StringComparer.Ordinal));
    }
}
