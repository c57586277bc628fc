using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orchestrator.Artifacts;
using Orchestrator.Hosting;
using Orchestrator.RoleAdapter.Agents;
using Orchestrator.RoleAdapter.Command;
using Orchestrator.RoleAdapter.Scripted;

namespace Orchestrator.RoleAdapter;

public static class RoleAdapterSetup
{
    /// <summary>Short command-line switches: <c>--role qa_ai</c>, <c>--agent command</c>.</summary>
    public static IDictionary<string, string> CommandLineSwitches { get; } = new Dictionary<string, string>
    {
        ["--role"] = RoleAdapterOptions.RoleKey,
        ["--agent"] = RoleAdapterOptions.Section + ":Agent",
    };

    /// <summary>The adapter's options (validated at start), the artifact store and the agents.</summary>
    public static IHostApplicationBuilder AddRoleAdapter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRoleAdapterServices(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddRoleAdapterServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleAdapterOptions>().Bind(configuration.GetSection(RoleAdapterOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoleAdapterOptions>, RoleAdapterOptionsValidator>();
        services.AddArtifactStore(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FaultResolver>();
        services.AddSingleton<ScriptedAgent>();
        services.AddSingleton<CommandAgent>();
        services.AddSingleton<IRoleAgent>(sp => sp.GetRequiredService<IOptions<RoleAdapterOptions>>().Value.Agent switch
        {
            AgentKind.Command => sp.GetRequiredService<CommandAgent>(),
            _ => sp.GetRequiredService<ScriptedAgent>(),
        });
        return services;
    }

    /// <summary>
    /// Whether the adapter takes the role's tasks: not with the <c>external</c> agent, which consumes
    /// <c>role-&lt;role&gt;</c> itself and answers on the bus.
    /// </summary>
    public static bool TakesTasks(IConfiguration configuration) =>
        !string.Equals(configuration[RoleAdapterOptions.Section + ":Agent"], nameof(AgentKind.External), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The task consumer on the role's queue <c>role-&lt;role&gt;</c> only. Tasks are sent to that queue, never published,
    /// so the queue is not bound to the ExecuteRoleTask exchange: otherwise every role's queue would get every task.
    /// </summary>
    public static IConsumerRegistrationConfigurator<ExecuteRoleTaskConsumer> AddRoleTaskConsumer(
        this IBusRegistrationConfigurator bus, string role)
    {
        var registration = bus.AddConsumer<ExecuteRoleTaskConsumer, ExecuteRoleTaskConsumerDefinition>();
        registration.Endpoint(endpoint =>
        {
            endpoint.Name = QueueNames.Role(role);
            endpoint.ConfigureConsumeTopology = false;
        });
        return registration;
    }
}
