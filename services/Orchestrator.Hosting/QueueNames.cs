namespace Orchestrator.Hosting;

/// <summary>The queue names every service agrees on; readable in the RabbitMQ management UI.</summary>
public static class QueueNames
{
    public const string Saga = "orchestrator-pipeline-run";
    public const string Gates = "gates-evaluate-gate";
    public const string StateWriter = "state-writer";

    /// <summary>The queue of a role: <c>qa_ai</c> → <c>role-qa-ai</c>.</summary>
    public static string Role(string role) => "role-" + role.Replace('_', '-').ToLowerInvariant();

    public static Uri Address(string queue) => new("queue:" + queue);
}
