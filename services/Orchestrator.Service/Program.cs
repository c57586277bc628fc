using Orchestrator.Hosting;
using Orchestrator.Service;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrchestratorDefaults("orchestrator", bus => bus.AddPipelineRuns());
builder.AddOrchestratorPersistence();
builder.AddPipelineDefinitions();

var app = builder.Build();
app.MapOrchestratorHealth();
return await app.RunOrchestratorAsync(async services =>
{
    services.LoadPipelineDefinitions();
    await services.MigrateOrchestratorDatabaseAsync();
});
