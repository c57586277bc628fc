using Orchestrator.Hosting;
using Orchestrator.Service;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Testing;

var builder = OrchestratorWebApplication.CreateBuilder(args);
builder.AddOrchestratorDefaults("orchestrator", bus => bus.AddPipelineRuns());
builder.AddOrchestratorPersistence();
builder.AddCrashAtCommitForTests();
builder.AddPipelineDefinitions();
builder.AddControlApi();

var app = builder.Build();
app.MapControlApi();
return await app.RunOrchestratorAsync(async services =>
{
    services.RequireConnectionString();
    services.LoadPipelineDefinitions();
    await services.MigrateOrchestratorDatabaseAsync();
});
