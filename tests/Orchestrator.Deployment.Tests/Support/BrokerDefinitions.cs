using System.Text.Json;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>infra/rabbitmq/definitions.json: what the broker in docker-compose.yml imports at boot.</summary>
public sealed class BrokerDefinitions
{
    static readonly Lazy<BrokerDefinitions> current = new(() => Load(Repository.PathOf("infra/rabbitmq/definitions.json")));

    BrokerDefinitions(IReadOnlyList<string> vhosts, IReadOnlyList<BrokerUser> users, IReadOnlyList<BrokerPermission> permissions)
    {
        Vhosts = vhosts;
        Users = users;
        Permissions = permissions;
    }

    public static BrokerDefinitions Current => current.Value;

    public IReadOnlyList<string> Vhosts { get; }

    public IReadOnlyList<BrokerUser> Users { get; }

    public IReadOnlyList<BrokerPermission> Permissions { get; }

    public BrokerUser? User(string name) => Users.SingleOrDefault(user => user.Name == name);

    public BrokerPermission? Permission(string user, string vhost) =>
        Permissions.SingleOrDefault(permission => permission.User == user && permission.Vhost == vhost);

    public static BrokerDefinitions Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        IEnumerable<JsonElement> Array(string name) =>
            root.TryGetProperty(name, out var array) ? array.EnumerateArray() : [];
        string Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        return new BrokerDefinitions(
            Array("vhosts").Select(vhost => Text(vhost, "name")).ToList(),
            Array("users").Select(user => new BrokerUser(Text(user, "name"), Text(user, "password_hash"), Text(user, "hashing_algorithm"), Tags(user))).ToList(),
            Array("permissions").Select(p => new BrokerPermission(Text(p, "user"), Text(p, "vhost"), Text(p, "configure"), Text(p, "write"), Text(p, "read"))).ToList());
    }

    // RabbitMQ accepts tags as a list or, in older exports, as one comma-separated string.
    static IReadOnlyList<string> Tags(JsonElement user) =>
        !user.TryGetProperty("tags", out var tags) ? []
        : tags.ValueKind == JsonValueKind.Array ? tags.EnumerateArray().Select(tag => tag.GetString() ?? "").ToList()
        : (tags.GetString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
