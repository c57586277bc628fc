using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>An orchestrator alone whose control API needs no key.</summary>
public sealed class OpenOrchestratorFixture(StackFixture stack) : LoneOrchestratorFixture(stack, "control_api", null);
