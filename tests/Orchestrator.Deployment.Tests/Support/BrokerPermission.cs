using System.Text.RegularExpressions;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>
/// A user's permissions on a vhost: three regular expressions over queue and exchange names. RabbitMQ searches them
/// unanchored (a PCRE subset), as .NET's Regex.IsMatch does, so the same patterns answer the same here.
/// </summary>
public sealed record BrokerPermission(string User, string Vhost, string Configure, string Write, string Read)
{
    public bool Allows(string access, string resource)
    {
        var pattern = access switch
        {
            "configure" => Configure,
            "write" => Write,
            "read" => Read,
            _ => throw new ArgumentException($"No access '{access}': configure, write or read.", nameof(access)),
        };
        return pattern.Length > 0 && Regex.IsMatch(resource, pattern);
    }
}
