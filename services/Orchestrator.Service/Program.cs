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
    _ = services.GetRequiredService<DefinitionCatalog>().Current;
    await services.MigrateOrchestratorDatabaseAsync();
});
