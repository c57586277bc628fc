using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orchestrator.Hosting;

namespace Orchestrator.StateWriter;

/// <summary>
/// Ready when this instance is a working writer or a standby waiting for the lock (both are what a healthy pair looks
/// like); unhealthy while writes fail, so an operator sees a full disk or a permission problem before the queue grows.
/// </summary>
internal sealed class StateWriterHealthCheck(StateWriterStatus status, WorkflowStateFile state, IOptions<StateWriterOptions> options)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var path = options.Value.FullPath();
        var result = (status.Role, status.WriteError) switch
        {
            (_, { } error) => HealthCheckResult.Unhealthy($"Writing {path} fails: {error}"),
            (StateWriterRole.Active, _) => HealthCheckResult.Healthy($"Active writer of {path}, version {state.Version}"),
            (StateWriterRole.Standby, _) => HealthCheckResult.Healthy($"Standby: another instance holds {options.Value.LockPath()}"),
            (StateWriterRole.Subscribing, _) => HealthCheckResult.Degraded(
                $"Holds {options.Value.LockPath()}; subscribing to {QueueNames.StateWriter} (is RabbitMQ reachable?)"),
            _ => HealthCheckResult.Degraded($"Starting: taking {options.Value.LockPath()}"),
        };
        return Task.FromResult(result);
    }
}
