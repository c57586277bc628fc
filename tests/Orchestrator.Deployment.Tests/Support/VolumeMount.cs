namespace Orchestrator.Deployment.Tests.Support;

/// <summary>One entry of a compose service's <c>volumes</c>; a source without a slash is a named volume.</summary>
public sealed record VolumeMount(string Source, string Target, bool ReadOnly)
{
    public bool IsNamedVolume => !Source.Contains('/') && !Source.StartsWith('.');

    public static VolumeMount Parse(object? node)
    {
        if (Yaml.Text(node) is { } text)
        {
            var parts = text.Split(':');
            return new VolumeMount(parts[0], parts.ElementAtOrDefault(1) ?? parts[0], parts.ElementAtOrDefault(2) == "ro");
        }
        return new VolumeMount(
            Yaml.Text(Yaml.Get(node, "source")) ?? "",
            Yaml.Text(Yaml.Get(node, "target")) ?? "",
            Yaml.Text(Yaml.Get(node, "read_only")) == "true");
    }
}
