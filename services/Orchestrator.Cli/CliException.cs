namespace Orchestrator.Cli;

/// <summary>A usage or connection problem; its message is shown as is and the exit code is 2.</summary>
public sealed class CliException(string message) : Exception(message);
