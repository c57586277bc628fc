using MassTransit;
using Orchestrator.Hosting;
using Orchestrator.StateWriter;

var builder = OrchestratorWebApplication.CreateBuilder(args);
builder.AddOrchestratorDefaults("state-writer", bus =>
    bus.AddConsumer<WorkflowStateChangedConsumer, WorkflowStateChangedConsumerDefinition>());
builder.AddStateWriter();

var app = builder.Build();
return await app.RunOrchestratorAsync();
