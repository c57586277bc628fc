using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>An orchestrator alone whose control API wants <see cref="Key"/> in <c>X-Api-Key</c>.</summary>
public sealed class KeyedOrchestratorFixture(StackFixture stack) : LoneOrchestratorFixture(stack, "control_api_key", Key)
{
    public const string Key = "s3cret-key-for-the-tests";
}
