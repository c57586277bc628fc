using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Persistence.SagaRepository;

namespace Orchestrator.Service.Testing;

/// <summary>
/// TEST ONLY. Kills the orchestrator with SIGKILL at an exact phase of the transaction that moves a run into a
/// workflow state: <c>Testing__CrashAt=before-commit:AUDIT</c> (its rows written, not committed) or
/// <c>after-commit:AUDIT</c> (committed, nothing it sends has left yet: the in-memory outbox releases after the
/// commit). The crash tests use it to prove that a restart completes the run with every transition exactly once.
/// </summary>
public sealed class CrashAtCommit(string phase, string state) : ISagaCommitObserver
{
    public const string Setting = "Testing:CrashAt";
    static readonly string[] Phases = ["before-commit", "after-commit"];

    /// <summary>Registers the hook when <c>Testing:CrashAt</c> is set; a value it cannot read stops the start.</summary>
    internal static IHostApplicationBuilder Register(IHostApplicationBuilder builder)
    {
        if (builder.Configuration[Setting] is not { Length: > 0 } value)
            return builder;
        var parts = value.Split(':', 2);
        if (parts.Length != 2 || !Phases.Contains(parts[0]) || parts[1].Length == 0)
            throw new Hosting.StartupException($"{Setting} is '{value}'; it takes before-commit:STATE or after-commit:STATE (test only).");
        Console.Error.WriteLine($"WARNING: {Setting}={value} is set: this orchestrator kills itself on purpose. It is for the crash tests only.");
        builder.Services.AddSingleton<ISagaCommitObserver>(new CrashAtCommit(parts[0], parts[1]));
        return builder;
    }

    public void BeforeCommit(DbContext db) => CrashWhen("before-commit", db);

    public void AfterCommit(DbContext db) => CrashWhen("after-commit", db);

    void CrashWhen(string now, DbContext db)
    {
        if (now != phase || !db.ChangeTracker.Entries<RunHistoryEntry>().Any(e => e.Entity.Kind == "transition" && e.Entity.ToState == state))
            return;
        Console.Error.WriteLine($"{Setting}: killing the orchestrator {phase} of the transition to {state} (test only)");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
    }
}
