using System.Text.Json;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Observability;

/// <summary>
/// What operators get from a service while it works: JSON log lines that carry the run, role and gate of the message
/// being handled (even lines whose text does not mention them) with a trace id, and OpenTelemetry traces exported
/// over OTLP to the configured endpoint.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_service_handles_a_message(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    TestBus bus = null!;
    OtlpReceiver collector = null!;
    ServiceProcess gates = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("observability");
        bus = await TestBus.StartAsync(environment);
        collector = new OtlpReceiver();
        var settings = environment.ServiceSettings();
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");
        settings["Logging__Format"] = "json";
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "100";
        gates = await ServiceProcess.StartAsync("Orchestrator.Gates", settings);
    }

    [Fact]
    public async Task Should_log_json_with_the_run_and_gate_and_export_its_traces()
    {
        var runId = Guid.NewGuid();
        // A definition hash the gates do not have: they warn about it in a line whose text names no gate.
        await bus.Bus.Publish(new EvaluateGate(runId, "planning", "PLANNING", [], "0123456789abcdef"));
        await bus.WaitFor<GateFailed>(m => m.RunId == runId);

        var lines = await Eventually.Get(() => Task.FromResult<List<JsonElement>?>(gates.Output.Split('\n')
            .Where(line => line.StartsWith('{') && line.Contains(runId.ToString()))
            .Select(line => JsonDocument.Parse(line).RootElement).ToList() is { Count: >= 2 } found ? found : null),
            TimeSpan.FromSeconds(30), $"the gates' JSON log lines about run {runId}:\n{gates.Output}");
        var pinned = Assert.Single(lines, l => l.GetProperty("@m").GetString()!.Contains("pinned definition"));
        Assert.Equal("planning", pinned.GetProperty("Gate").GetString());
        Assert.All(lines, line =>
        {
            Assert.Equal(runId.ToString(), line.GetProperty("RunId").GetString());
            Assert.Matches("^[0-9a-f]{32}$", line.GetProperty("@tr").GetString());
        });
        await Eventually.True(() => Task.FromResult(collector.Received("/v1/traces", "gates", "EvaluateGate")),
            TimeSpan.FromSeconds(30), "the gates' consume trace at the OTLP endpoint");
    }

    public async Task DisposeAsync()
    {
        await gates.DisposeAsync();
        collector.Dispose();
        await bus.DisposeAsync();
        await environment.DisposeAsync();
    }
}
