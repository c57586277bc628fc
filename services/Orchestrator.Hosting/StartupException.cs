namespace Orchestrator.Hosting;

/// <summary>A start-up failure whose message is complete for an operator: printed alone, without a stack trace.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
