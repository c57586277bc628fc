using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestrator.Contracts;
using Orchestrator.Hosting;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_WorkflowStateChanged_is_published : IAsyncLifetime
{
    readonly TempFolder folder = new();
    readonly Guid runId = Guid.NewGuid();
    readonly IHost host;
    readonly ITestHarness harness;
    readonly StateWriterStatus status;

    public When_WorkflowStateChanged_is_published()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["StateWriter:Path"] = folder.StatePath;
        builder.Configuration["StateWriter:StandbyPollInterval"] = "00:00:00.020";
        // Registered in Program.cs's order: the bus first, then the state writer that connects its endpoint to it.
        builder.Services.AddMassTransitTestHarness(bus =>
            bus.AddConsumer<WorkflowStateChangedConsumer, WorkflowStateChangedConsumerDefinition>());
        builder.AddStateWriter();
        host = builder.Build();
        harness = host.Services.GetTestHarness();
        status = host.Services.GetRequiredService<StateWriterStatus>();
    }

    [Fact]
    public async Task Should_write_the_run_to_the_file()
    {
        await StartAsActiveWriter();

        await harness.Bus.Publish(Snapshots.Changed(runId, 3, "AUDIT"));

        await Eventually.True(() => FileHolds(runId, 3), "the state file to hold the run at saga version 3");
        var consumed = await harness.Consumed.SelectAsync<WorkflowStateChanged>().First();
        Assert.EndsWith("/state-writer", consumed.Context.ReceiveContext.InputAddress.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_newer_version_when_an_older_one_arrives_late()
    {
        await StartAsActiveWriter();

        await harness.Bus.Publish(Snapshots.Changed(runId, 5, "TESTING"));
        await Eventually.True(() => FileHolds(runId, 5), "saga version 5 in the file");
        await harness.Bus.Publish(Snapshots.Changed(runId, 4, "DEVELOPMENT"));
        await Eventually.True(() => harness.Consumed.Select<WorkflowStateChanged>().Count() == 2, "both snapshots consumed");

        Assert.True(FileHolds(runId, 5));
        Assert.False(await harness.Published.Any<Fault<WorkflowStateChanged>>());
    }

    [Fact]
    public async Task Should_reject_a_snapshot_of_another_run_with_the_reason()
    {
        await StartAsActiveWriter();

        await harness.Bus.Publish(new WorkflowStateChanged(runId, Snapshots.Run(Guid.NewGuid(), 1)));

        var fault = await harness.Published.SelectAsync<Fault<WorkflowStateChanged>>().First();
        Assert.Contains("'snapshot.runId'", fault.Context.Message.Exceptions[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.StatePath));
    }

    [Fact]
    public async Task Should_not_subscribe_while_another_instance_holds_the_lock()
    {
        var other = SingleWriterLock.TryAcquire(folder.LockPath);
        Assert.NotNull(other);
        await harness.Start();

        await Eventually.True(() => status.Refusals >= 3, "the instance to be refused the lock three times");
        Assert.Equal(StateWriterRole.Standby, status.Role);
        Assert.DoesNotContain(QueueNames.StateWriter, BusProbe.Names(Bus));

        other.Dispose();
        await Eventually.True(() => status.Role == StateWriterRole.Active, "the standby to take over");
        Assert.Contains(QueueNames.StateWriter, BusProbe.Names(Bus));
        await harness.Bus.Publish(Snapshots.Changed(runId, 1));
        await Eventually.True(() => FileHolds(runId, 1), "the new writer to write the run");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await harness.Stop();
        host.Dispose();
        folder.Dispose();
    }

    IBusControl Bus => host.Services.GetRequiredService<IBusControl>();

    async Task StartAsActiveWriter()
    {
        await harness.Start();
        await Eventually.True(() => status.Role == StateWriterRole.Active, "the state writer to take the lock and connect");
    }

    bool FileHolds(Guid run, int sagaVersion) =>
        File.Exists(folder.StatePath)
        && StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath)).Runs.TryGetValue(run, out var held)
        && held.SagaVersion == sagaVersion;
}
