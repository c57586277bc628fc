namespace Orchestrator.Deployment.Tests.Support;

/// <summary>One entry of a compose service's <c>ports</c>, with variables at their defaults; HostIp is empty for all interfaces.</summary>
public sealed record PublishedPort(string HostIp, string HostPort, string ContainerPort)
{
    public static PublishedPort Parse(object? node)
    {
        if (Yaml.Text(node) is { } text)
        {
            var parts = (ComposeValue.WithDefaults(text) ?? text).Split(':');
            return parts.Length switch
            {
                3 => new PublishedPort(parts[0], parts[1], parts[2]),
                2 => new PublishedPort("", parts[0], parts[1]),
                _ => new PublishedPort("", parts[0], parts[0]),
            };
        }
        string Field(string key) => ComposeValue.WithDefaults(Yaml.Text(Yaml.Get(node, key)) ?? "") ?? "";
        return new PublishedPort(Field("host_ip"), Field("published"), Field("target"));
    }

    public override string ToString() => $"{HostIp}:{HostPort}->{ContainerPort}";
}
