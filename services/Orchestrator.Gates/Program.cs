using MassTransit;
using Orchestrator.Gates;
using Orchestrator.Hosting;

var builder = OrchestratorWebApplication.CreateBuilder(args);
builder.AddOrchestratorDefaults("gates", bus => bus.AddConsumer<EvaluateGateConsumer, EvaluateGateConsumerDefinition>());
builder.AddGateDefinitions();

var app = builder.Build();
return await app.RunOrchestratorAsync(services => services.LoadGateDefinitionsAsync());
