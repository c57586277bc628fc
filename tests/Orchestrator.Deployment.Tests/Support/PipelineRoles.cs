namespace Orchestrator.Deployment.Tests.Support;

/// <summary>The roles of gates/pipeline.yaml, and the names the code derives from a role.</summary>
public static class PipelineRoles
{
    static readonly Lazy<IReadOnlyList<string>> all = new(() =>
        Yaml.List(Yaml.Get(Yaml.Load(Repository.PathOf("gates/pipeline.yaml")), "roles"))
            .Select(role => Yaml.Text(Yaml.Get(role, "id")) ?? "")
            .ToList());

    public static IReadOnlyList<string> All => all.Value;

    /// <summary>The role's queue and RabbitMQ user (QueueNames.Role and PublisherCheck): qa_ai → role-qa-ai.</summary>
    public static string QueueOf(string role) => "role-" + role.Replace('_', '-').ToLowerInvariant();
}
