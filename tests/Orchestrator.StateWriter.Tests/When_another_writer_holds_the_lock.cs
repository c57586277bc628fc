using System.Diagnostics;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_another_writer_holds_the_lock : IDisposable
{
    readonly TempFolder folder = new();

    [Fact]
    public void Should_refuse_a_second_writer()
    {
        using var first = SingleWriterLock.TryAcquire(folder.LockPath);

        using var second = SingleWriterLock.TryAcquire(folder.LockPath);

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task Should_refuse_another_process()
    {
        using var held = SingleWriterLock.TryAcquire(folder.LockPath);
        Assert.NotNull(held);

        // flock(1) from util-linux takes the same kind of lock a second state writer process would.
        Assert.Equal(1, await RunFlockAsync(folder.LockPath));

        held.Dispose();
        Assert.Equal(0, await RunFlockAsync(folder.LockPath));
    }

    [Fact]
    public async Task Should_stand_by_and_take_over_once_it_is_released()
    {
        var first = SingleWriterLock.TryAcquire(folder.LockPath);
        Assert.NotNull(first);
        var refusals = 0;

        var standby = SingleWriterLock.AcquireAsync(
            folder.LockPath, TimeSpan.FromMilliseconds(10), count => Volatile.Write(ref refusals, count), CancellationToken.None);
        await Eventually.True(() => Volatile.Read(ref refusals) >= 3, "the standby to be refused three times");
        Assert.False(standby.IsCompleted, "the standby took the lock while the first writer held it");

        first.Dispose();
        using var second = await standby.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(folder.LockPath, second.Path);
        Assert.Null(SingleWriterLock.TryAcquire(folder.LockPath));
    }

    public void Dispose() => folder.Dispose();

    static async Task<int> RunFlockAsync(string lockPath)
    {
        using var process = Process.Start(new ProcessStartInfo("flock", ["--nonblock", lockPath, "true"]))
            ?? throw new InvalidOperationException("Could not start flock(1); install util-linux.");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return process.ExitCode;
    }
}
