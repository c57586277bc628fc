namespace Orchestrator.Deployment.Tests.Support;

/// <summary>What the tests need of one service of docker-compose.yml, after merge keys are applied.</summary>
public sealed record ComposeService(
    string Name,
    string? Dockerfile,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> DependsOn,
    IReadOnlyList<string> HealthCheck,
    IReadOnlyList<VolumeMount> Volumes,
    IReadOnlyList<PublishedPort> Ports,
    IReadOnlyList<string> Profiles)
{
    /// <summary>Started by <c>docker compose up</c>; services in a profile (the CLI) run only on demand.</summary>
    public bool StartsWithTheStack => Profiles.Count == 0;

    /// <summary>The project under services/ whose Dockerfile builds this service's image, if any.</summary>
    public string? Project =>
        Dockerfile?.Split('/') is ["services", var project, "Dockerfile"] ? project : null;

    public string? Setting(string key) => Environment.GetValueOrDefault(key);

    public static ComposeService Parse(string name, object? node) => new(
        name,
        Yaml.Text(Yaml.Get(Yaml.Get(node, "build"), "dockerfile")),
        ParseEnvironment(Yaml.Get(node, "environment")),
        Strings(Yaml.Get(node, "command")),
        ParseDependsOn(Yaml.Get(node, "depends_on")),
        ParseHealthCheck(Yaml.Get(node, "healthcheck")),
        Yaml.List(Yaml.Get(node, "volumes")).Select(VolumeMount.Parse).ToList(),
        Yaml.List(Yaml.Get(node, "ports")).Select(PublishedPort.Parse).ToList(),
        Strings(Yaml.Get(node, "profiles")));

    static IReadOnlyDictionary<string, string> ParseEnvironment(object? node)
    {
        if (node is IList<object?> list)
            return Strings(list).Select(entry => entry.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.ElementAtOrDefault(1) ?? "");
        return Yaml.Map(node).ToDictionary(entry => entry.Key, entry => Yaml.Text(entry.Value) ?? "");
    }

    /// <summary>Each service depended on, with its condition; the list form means service_started.</summary>
    static IReadOnlyDictionary<string, string> ParseDependsOn(object? node) =>
        node is IList<object?> list
            ? Strings(list).ToDictionary(name => name, _ => "service_started")
            : Yaml.Map(node).ToDictionary(entry => entry.Key, entry => Yaml.Text(Yaml.Get(entry.Value, "condition")) ?? "service_started");

    static IReadOnlyList<string> ParseHealthCheck(object? node) =>
        Yaml.Text(Yaml.Get(node, "disable")) == "true" ? [] : Strings(Yaml.Get(node, "test"));

    static IReadOnlyList<string> Strings(object? node) =>
        Yaml.Text(node) is { } text ? [text] : Yaml.List(node).Select(item => Yaml.Text(item) ?? "").ToList();
}
