namespace Orchestrator.Service.Testing;

public static class CrashAtCommitSetup
{
    /// <summary>TEST ONLY: the <see cref="CrashAtCommit"/> hook, when <c>Testing__CrashAt</c> is set; nothing otherwise.</summary>
    public static IHostApplicationBuilder AddCrashAtCommitForTests(this IHostApplicationBuilder builder) => CrashAtCommit.Register(builder);
}
