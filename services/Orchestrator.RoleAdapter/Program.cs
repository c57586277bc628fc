using Orchestrator.Hosting;
using Orchestrator.RoleAdapter;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, RoleAdapterSetup.CommandLineSwitches);
// The queue name is fixed when the bus is configured, before options are validated; a bad role fails validation at start.
var role = builder.Configuration[RoleAdapterOptions.RoleKey] ?? "";
builder.AddOrchestratorDefaults("role-adapter", bus => bus.AddRoleTaskConsumer(role));
builder.AddRoleAdapter();

var app = builder.Build();
app.MapOrchestratorHealth();
app.Run();
