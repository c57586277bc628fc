using System.Text.Json;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>The users and permissions shipped in <c>infra/rabbitmq/definitions.json</c>, for tests that connect as them.</summary>
public static class RabbitDefinitions
{
    static readonly Lazy<JsonElement> Definitions = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "rabbitmq", "definitions.json"))).RootElement);

    /// <summary>The tags the definitions give <paramref name="user"/> (for example <c>impersonator</c>), comma-separated.</summary>
    public static string TagsOf(string user) => string.Join(',',
        Definitions.Value.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("name").GetString() == user)
            .GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

    /// <summary>The configure, write and read patterns the definitions give <paramref name="user"/>.</summary>
    public static (string Configure, string Write, string Read) PermissionsOf(string user)
    {
        var permission = Definitions.Value.GetProperty("permissions").EnumerateArray()
            .SingleOrDefault(p => p.GetProperty("user").GetString() == user);
        if (permission.ValueKind == JsonValueKind.Undefined)
            throw new ArgumentException($"infra/rabbitmq/definitions.json gives no permissions to '{user}'.", nameof(user));
        return (permission.GetProperty("configure").GetString()!, permission.GetProperty("write").GetString()!,
            permission.GetProperty("read").GetString()!);
    }
}
