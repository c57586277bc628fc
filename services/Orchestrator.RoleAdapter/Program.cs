using Orchestrator.Hosting;
using Orchestrator.RoleAdapter;

var builder = OrchestratorWebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, RoleAdapterSetup.CommandLineSwitches);
// The queue name is fixed when the bus is configured, before options are validated; a bad role fails validation at start.
var role = builder.Configuration[RoleAdapterOptions.RoleKey] ?? "";
builder.AddOrchestratorDefaults("role-adapter", bus =>
{
    if (RoleAdapterSetup.TakesTasks(builder.Configuration))
        bus.AddRoleTaskConsumer(role);
});
builder.AddRoleAdapter();

var app = builder.Build();
if (!RoleAdapterSetup.TakesTasks(builder.Configuration))
    app.Logger.LogInformation("{Role} is played by an external agent that consumes {Queue} itself; this adapter takes no tasks",
        role, QueueNames.Role(role));
return await app.RunOrchestratorAsync();
