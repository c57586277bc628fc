using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Agents;

/// <summary>
/// An agent in another language takes product_owner_ai's task: it publishes plain JSON with the RabbitMQ client.
/// The orchestrator accepts only what comes from the role's own RabbitMQ user, stays inside the artifact store
/// and matches its sha256; everything else is refused, recorded in the run history, and does not advance the run.
/// </summary>
/// <remarks>One system serves every test here; each test makes a run of its own.</remarks>
[Collection(StackCollection.Name)]
public sealed class When_an_agent_publishes_plain_json(WholeSystemFixture fixture) : IClassFixture<WholeSystemFixture>, IAsyncLifetime
{
    readonly TestEnvironment environment = fixture.Environment;
    readonly RunningSystem system = fixture.System;
    readonly TestBus bus = fixture.Bus;
    PlainJsonAgent productOwner = null!;
    PlainJsonAgent qa = null!;
    Guid runId;
    Guid taskId;

    public async Task InitializeAsync()
    {
        // Users are shared by every vhost of the broker: they keep the development passwords (their names) that the
        // local stack gives them, so the runbooks that follow the tests can still connect as them.
        await environment.CreateUserAsync("role-product-owner-ai", "role-product-owner-ai");
        await environment.CreateUserAsync("role-qa-ai", "role-qa-ai");
        productOwner = await PlainJsonAgent.ConnectAsync(environment, "role-product-owner-ai", "role-product-owner-ai");
        qa = await PlainJsonAgent.ConnectAsync(environment, "role-qa-ai", "role-qa-ai");

        // The scripted product owner hangs, so the task waits for our outside agent.
        runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test", new Dictionary<string, string> { ["fault.product_owner_ai"] = "hang" }));
        taskId = await Eventually.Get(async () =>
        {
            await using var db = Database.Open(environment);
            var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.CorrelationId == runId);
            return run?.Progress.Tasks.Where(t => t.Value.Role == "product_owner_ai").Select(t => (Guid?)t.Key).FirstOrDefault();
        }, TimeSpan.FromSeconds(60), "the product owner's task") ?? Guid.Empty;
    }

    async Task<(string Location, string Sha256, long Size)> StoreBacklog()
    {
        var bytes = Encoding.UTF8.GetBytes("items:\n  - id: B-1\n    title: Sign in\n    priority: 1\n");
        var location = $"runs/{runId:N}/product_backlog.yaml";
        var path = Path.Combine(environment.ServiceSettings()["Artifacts__Root"], location);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        return (location, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
    }

    object Artifact(string location, string sha256, long size) => new
    {
        runId, taskId, role = "product_owner_ai", name = "product_backlog.yaml", location, sha256, size,
        attributes = new Dictionary<string, string>(),
    };

    async Task<string> NextRefusal(int seen) => await Eventually.Get(async () =>
    {
        await using var db = Database.Open(environment);
        var refusals = await db.RunHistory.Where(h => h.RunId == runId && h.Kind == "refusal").OrderBy(h => h.Id).Select(h => h.Detail).ToListAsync();
        return refusals.Count > seen ? refusals[seen] : null;
    }, TimeSpan.FromSeconds(30), $"refusal number {seen + 1}");

    [Fact]
    public async Task Should_refuse_impostors_tampering_and_escapes_then_accept_the_role_and_advance()
    {
        var (location, sha, size) = await StoreBacklog();

        await qa.PublishAsync("ArtifactReady", Artifact(location, sha, size));
        Assert.Contains("published by RabbitMQ user 'role-qa-ai', but the task belongs to product_owner_ai", await NextRefusal(0));

        await productOwner.PublishAsync("ArtifactReady", Artifact(location, new string('0', 64), size));
        Assert.Contains("sha256 mismatch", await NextRefusal(1));

        await productOwner.PublishAsync("ArtifactReady", Artifact("../../../etc/passwd", sha, size));
        Assert.Contains("../../../etc/passwd", await NextRefusal(2));

        await productOwner.PublishAsync("ArtifactReady", Artifact("/etc/passwd", sha, size));
        Assert.Contains("/etc/passwd", await NextRefusal(3));

        await productOwner.PublishAsync("ArtifactReady", Artifact(location, sha, size), userId: null);
        Assert.Contains("carries no user id", await NextRefusal(4));

        await using (var db = Database.Open(environment))
            Assert.Empty((await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId)).Progress.Artifacts);

        await productOwner.PublishAsync("ArtifactReady", Artifact(location, sha, size));
        await productOwner.PublishAsync("RoleTaskCompleted", new { runId, taskId, role = "product_owner_ai", attempt = 1 });

        WorkflowStateChanged next;
        try
        {
            next = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.ActiveRoles.Contains("planning_ai"));
        }
        catch (TimeoutException e)
        {
            var seen = string.Join("\n", bus.Received<WorkflowStateChanged>().Select(m => $"{m.Snapshot?.Version} {m.Snapshot?.State} [{string.Join(",", m.Snapshot?.ActiveRoles ?? [])}]"));
            throw new TimeoutException($"{e.Message}\nseen:\n{seen}\n{system.Logs()}", e);
        }
        var accepted = Assert.Single(next.Snapshot.Artifacts);
        Assert.Equal(sha, accepted.Sha256);
        Assert.Contains("product_owner_ai", next.Snapshot.CompletedRoles);
    }

    [Fact]
    public async Task Should_record_in_flight_work_while_paused_and_dispatch_the_next_role_only_on_resume()
    {
        var (location, sha, size) = await StoreBacklog();
        await bus.Bus.Publish(new PausePipeline(runId, "integration-test"));
        await bus.WaitFor<PipelinePaused>(m => m.RunId == runId);

        await productOwner.PublishAsync("ArtifactReady", Artifact(location, sha, size));
        await productOwner.PublishAsync("RoleTaskCompleted", new { runId, taskId, role = "product_owner_ai", attempt = 1 });
        var paused = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.CompletedRoles.Contains("product_owner_ai"));
        Assert.Equal("paused", paused.Snapshot.Status);
        Assert.Empty(paused.Snapshot.ActiveRoles);

        await bus.Bus.Publish(new ResumePipeline(runId, "integration-test"));
        var resumed = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "running"
            && m.Snapshot.ActiveRoles.Contains("planning_ai"));
        Assert.Equal("PLANNING", resumed.Snapshot.State);
    }

    [Fact]
    public async Task Should_accept_an_artifact_a_shell_agent_publishes_with_orchestratorctl()
    {
        var file = Path.Combine(environment.Folder, "product_backlog.yaml");
        await File.WriteAllTextAsync(file, "items:\n  - id: B-1\n    title: Sign in\n");
        var ctl = new Cli.Orchestratorctl(environment, system.Orchestrator.Port);

        var result = await ctl.RunAsync(new Dictionary<string, string>
        {
            ["RabbitMq__Username"] = "role-product-owner-ai",
            ["RabbitMq__Password"] = "role-product-owner-ai",
            ["Artifacts__Root"] = environment.ServiceSettings()["Artifacts__Root"],
        }, "publish-artifact", file, "--run", runId.ToString(), "--task", taskId.ToString(), "--role", "product_owner_ai");

        Assert.True(result.ExitCode == 0, result.ToString());
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        var accepted = await Eventually.Get(async () =>
        {
            await using var db = Database.Open(environment);
            var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
            return run.Progress.Artifacts.FirstOrDefault(a => a.Name == "product_backlog.yaml");
        }, TimeSpan.FromSeconds(30), "the artifact to be accepted");
        Assert.Equal(sha, accepted.Sha256);
        Assert.Equal($"runs/{runId:N}/product_backlog.yaml", accepted.Location);
    }

    [Fact]
    public async Task Should_apply_a_plain_json_failure_and_plain_json_operator_commands_as_the_readme_shows()
    {
        await productOwner.PublishAsync("RoleTaskFailed",
            new { runId, taskId, role = "product_owner_ai", attempt = 1, reason = "the model endpoint answered 503" });
        var failed = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.LastError != null);
        Assert.Equal("product_owner_ai failed (attempt 1): the model endpoint answered 503", failed.Snapshot.LastError);

        await using var operatorScript = await PlainJsonAgent.ConnectAsync(environment, environment.Broker.Username, environment.Broker.Password);
        await operatorScript.PublishAsync("HaltPipeline", new { runId, reason = "maintenance window", requestedBy = "ops-script" });
        Assert.Contains("maintenance window", (await bus.WaitFor<PipelineHalted>(m => m.RunId == runId)).Reason);

        var another = Guid.NewGuid();
        await operatorScript.PublishAsync("StartPipeline", new
        {
            runId = another, requestedBy = "ops-script", parameters = new Dictionary<string, string> { ["fault.product_owner_ai"] = "hang" },
        });
        await bus.WaitFor<PipelineStarted>(m => m.RunId == another);
    }

    [Fact]
    public async Task Should_apply_duplicates_once_whether_they_repeat_the_message_id_or_not()
    {
        var (location, sha, size) = await StoreBacklog();
        var completion = new { runId, taskId, role = "product_owner_ai", attempt = 1 };
        var (artifactId, completionId) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        foreach (var messageId in new[] { artifactId, artifactId, Guid.NewGuid().ToString() })
            await productOwner.PublishAsync("ArtifactReady", Artifact(location, sha, size), messageId: messageId);
        foreach (var messageId in new[] { completionId, completionId, Guid.NewGuid().ToString() })
            await productOwner.PublishAsync("RoleTaskCompleted", completion, messageId: messageId);
        await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));

        await using var db = Database.Open(environment);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        Assert.All(run.Progress.Tasks.Values.GroupBy(t => (t.Role, t.State, t.Attempt)), task => Assert.Single(task)); // one task per role, state and attempt
        var history = await db.RunHistory.AsNoTracking().Where(h => h.RunId == runId).ToListAsync();
        Assert.Single(history, h => h.Kind == "artifact" && h.Detail!.Contains("product_backlog.yaml"));
        Assert.Equal(["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"],
            history.Where(h => h.Kind == "transition").OrderBy(h => h.Id).Select(h => h.ToState));
        Assert.Equal(0, await environment.QueueDepthAsync("orchestrator-pipeline-run_error"));
    }

    [Fact]
    public async Task Should_move_plain_json_that_names_no_message_to_the_error_queue()
    {
        var before = await environment.QueueDepthAsync("orchestrator-pipeline-run_error");

        await qa.PublishToAsync("", "orchestrator-pipeline-run", new { runId, note = "sent straight to the queue" });

        await Eventually.True(async () => await environment.QueueDepthAsync("orchestrator-pipeline-run_error") == before + 1,
            TimeSpan.FromSeconds(30), "the message in orchestrator-pipeline-run_error");
    }

    public async Task DisposeAsync()
    {
        await productOwner.DisposeAsync();
        await qa.DisposeAsync();
    }
}
