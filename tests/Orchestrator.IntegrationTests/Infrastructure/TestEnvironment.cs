using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>One test class's own vhost and database on the shared servers, plus a scratch folder; all removed at the end.</summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    readonly StackFixture stack;

    TestEnvironment(StackFixture stack, string vhost, string database)
    {
        this.stack = stack;
        VirtualHost = vhost;
        Database = database;
        Folder = Directory.CreateTempSubdirectory("orch-env-").FullName;
    }

    public BrokerSettings Broker => stack.Broker;
    public string VirtualHost { get; }
    public string Database { get; }
    public string Folder { get; }

    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(stack.PostgresAdmin) { Database = Database, Pooling = true }.ConnectionString;

    /// <summary>The settings a service process needs to join this environment (environment-variable names).</summary>
    public Dictionary<string, string> ServiceSettings() => new()
    {
        ["RabbitMq__Host"] = Broker.Host,
        ["RabbitMq__Port"] = Broker.Port.ToString(),
        ["RabbitMq__VirtualHost"] = VirtualHost,
        ["RabbitMq__Username"] = Broker.Username,
        ["RabbitMq__Password"] = Broker.Password,
        ["ConnectionStrings__Orchestrator"] = ConnectionString,
        ["Artifacts__Root"] = Path.Combine(Folder, "artifacts"),
        ["StateWriter__Path"] = Path.Combine(Folder, "state", "workflow_state.json"),
    };

    public static async Task<TestEnvironment> CreateAsync(StackFixture stack, string name)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        var environment = new TestEnvironment(stack, $"test-{slug}-{suffix}", $"test_{slug}_{suffix}");
        await environment.Management(HttpMethod.Put, $"vhosts/{Uri.EscapeDataString(environment.VirtualHost)}", null);
        await environment.Management(HttpMethod.Put,
            $"permissions/{Uri.EscapeDataString(environment.VirtualHost)}/{Uri.EscapeDataString(stack.Broker.Username)}",
            new { configure = ".*", write = ".*", read = ".*" });
        await environment.Admin($"CREATE DATABASE \"{environment.Database}\"");
        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        await Management(HttpMethod.Delete, $"vhosts/{Uri.EscapeDataString(VirtualHost)}", null);
        NpgsqlConnection.ClearAllPools();
        await Admin($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)");
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A RabbitMQ user with full permissions on this vhost, as an agent of a role would have.</summary>
    public Task CreateUserAsync(string name, string password) => CreateUserAsync(name, password, (".*", ".*", ".*"));

    /// <summary>
    /// A user of <c>infra/rabbitmq/definitions.json</c> as shipped: its tags and least-privilege permissions (on this
    /// vhost), with its development password, the user name.
    /// </summary>
    public Task CreateShippedUserAsync(string name) =>
        CreateUserAsync(name, name, RabbitDefinitions.PermissionsOf(name), RabbitDefinitions.TagsOf(name));

    /// <summary>A RabbitMQ user with exactly these permissions on this environment's vhost.</summary>
    public async Task CreateUserAsync(string name, string password, (string Configure, string Write, string Read) permissions, string tags = "")
    {
        await Management(HttpMethod.Put, $"users/{Uri.EscapeDataString(name)}", new { password, tags });
        await Management(HttpMethod.Put, $"permissions/{Uri.EscapeDataString(VirtualHost)}/{Uri.EscapeDataString(name)}",
            new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read });
    }

    /// <summary>The names of this vhost's <c>queues</c> or <c>exchanges</c>, as the management UI lists them.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string kind)
    {
        using var response = await ManagementRequest(HttpMethod.Get, $"{kind}/{Uri.EscapeDataString(VirtualHost)}?columns=name", null);
        var items = await response.Content.ReadFromJsonAsync<List<System.Text.Json.JsonElement>>() ?? [];
        return items.Select(i => i.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>The users with a connection open to this environment's vhost.</summary>
    public async Task<IReadOnlySet<string>> ConnectedUsersAsync()
    {
        using var response = await ManagementRequest(HttpMethod.Get, $"vhosts/{Uri.EscapeDataString(VirtualHost)}/connections?columns=user", null);
        var items = await response.Content.ReadFromJsonAsync<List<System.Text.Json.JsonElement>>() ?? [];
        return items.Select(i => i.GetProperty("user").GetString()!).ToHashSet();
    }

    /// <summary>How many messages wait in a queue of this environment's vhost (0 when the queue does not exist).</summary>
    public async Task<int> QueueDepthAsync(string queue)
    {
        using var response = await ManagementRequest(HttpMethod.Get, $"queues/{Uri.EscapeDataString(VirtualHost)}/{Uri.EscapeDataString(queue)}", null);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            return 0;
        var queueInfo = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return queueInfo.TryGetProperty("messages", out var messages) ? messages.GetInt32() : 0;
    }

    async Task Management(HttpMethod method, string path, object? body)
    {
        using var response = await ManagementRequest(method, path, body);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"RabbitMQ management {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    async Task<HttpResponseMessage> ManagementRequest(HttpMethod method, string path, object? body)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{Broker.Host}:{Broker.ManagementPort}/api/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Broker.Username}:{Broker.Password}")));
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        return response;
    }

    async Task Admin(string sql)
    {
        await using var connection = new NpgsqlConnection(stack.PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
