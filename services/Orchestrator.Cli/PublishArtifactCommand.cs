using Orchestrator.Artifacts;
using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>
/// <c>publish-artifact FILE --run ID --task ID --role ROLE [--name NAME] [--attr key=value]...</c>: what a shell-script
/// agent needs. Stores the file in the artifact store (<c>Artifacts__Root</c>), computes its sha256 and publishes
/// <see cref="ArtifactReady"/> under the RabbitMQ user of <c>RabbitMq__Username</c>, which must be the role's own.
/// </summary>
internal static class PublishArtifactCommand
{
    public static readonly string[] ValueOptions = ["--run", "--task", "--role", "--name", "--attr"];

    public static Func<CliBus, Task<int>> Prepare(CliArgs args)
    {
        var file = args.Positionals switch
        {
            [var path] => File.Exists(path) ? path : throw new CliException($"no file '{path}'."),
            _ => throw new CliException("publish-artifact takes one FILE."),
        };
        var runId = Id(args, "--run");
        var taskId = Id(args, "--task");
        var role = args.Option("--role") ?? throw new CliException("--role is required (the role the task was given to).");
        var name = args.Option("--name") ?? Path.GetFileName(file);
        var attributes = args.All("--attr").Select(a => a.Split('=', 2))
            .ToDictionary(a => a[0], a => a.Length > 1 ? a[1] : "");
        return bus => Publish(bus, file, new ArtifactReady(runId, taskId, role, name, "", "", 0, attributes));
    }

    static async Task<int> Publish(CliBus bus, string file, ArtifactReady draft)
    {
        var root = Environment.GetEnvironmentVariable("Artifacts__Root") ?? new ArtifactStoreOptions().Root;
        var store = new ArtifactStore(new ArtifactStoreOptions { Root = root });
        StoredArtifact stored;
        try
        {
            await using var content = File.OpenRead(file);
            stored = await store.WriteAsync(draft.RunId, draft.Name, content);
        }
        catch (ArtifactPathException e)
        {
            throw new CliException(e.Message);
        }
        await bus.Bus.Publish(draft with { Location = stored.Location, Sha256 = stored.Sha256, Size = stored.Size });
        Console.WriteLine($"{stored.Location} sha256 {stored.Sha256} ({stored.Size} bytes) published for {draft.Role}");
        return CliApp.Ok;
    }

    static Guid Id(CliArgs args, string option) =>
        Guid.TryParse(args.Option(option), out var id) ? id : throw new CliException($"{option} needs an id (a GUID).");
}
