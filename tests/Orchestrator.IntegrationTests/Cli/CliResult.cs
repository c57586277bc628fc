namespace Orchestrator.IntegrationTests.Cli;

/// <summary>What one orchestratorctl invocation did.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
