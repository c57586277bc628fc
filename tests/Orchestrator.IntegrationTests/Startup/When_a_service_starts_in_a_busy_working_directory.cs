using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Startup;

/// <summary>
/// <c>infra/local/services.sh</c> starts the services in the repository, whose <c>.local</c> folder holds the local
/// stack's data. A service must not watch its working directory: with a watch on every folder below it, each write
/// of PostgreSQL, RabbitMQ or the artifact store woke the orchestrator (a third of its CPU under load).
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_service_starts_in_a_busy_working_directory(StackFixture stack) : IAsyncLifetime
{
    const int Folders = 200;
    TestEnvironment environment = null!;

    public async Task InitializeAsync() => environment = await stack.CreateEnvironmentAsync("workdir");

    [Fact]
    public async Task Should_not_watch_the_folders_below_it()
    {
        var workingDirectory = Path.Combine(environment.Folder, "busy");
        for (var i = 0; i < Folders; i++)
            Directory.CreateDirectory(Path.Combine(workingDirectory, $"folder-{i}"));
        var settings = environment.ServiceSettings();
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");

        await using var gates = await ServiceProcess.StartInAsync(workingDirectory, "Orchestrator.Gates", settings);

        var watches = InotifyWatches(gates.Pid);
        Assert.True(watches < Folders, $"the service holds {watches} inotify watches for a working directory with {Folders} folders");
    }

    /// <summary>The inotify watches a process holds, summed over its inotify descriptors (one line each in fdinfo).</summary>
    static int InotifyWatches(int pid) => Directory.GetFiles($"/proc/{pid}/fd")
        .Where(fd => new FileInfo(fd).LinkTarget == "anon_inode:inotify")
        .Sum(fd => File.ReadLines($"/proc/{pid}/fdinfo/{Path.GetFileName(fd)}").Count(line => line.StartsWith("inotify ", StringComparison.Ordinal)));

    public async Task DisposeAsync() => await environment.DisposeAsync();
}
