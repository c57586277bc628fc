using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_the_options_are_invalid
{
    private const string ValidRoles =
        "product_owner_ai, planning_ai, auditor_ai, principal_engineer_ai, codegen_ai, qa_ai, mlops_ai, documentation_ai, analyst_ai, observability_ai";

    [Fact]
    public void Should_name_the_unknown_role_and_list_the_valid_ones()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["RoleAdapter:Role"] = "qa" }));

        Assert.Equal($"RoleAdapter:Role 'qa' is not a known role. Valid roles: {ValidRoles}.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Should_say_how_to_set_a_missing_role()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve([]));

        Assert.StartsWith("RoleAdapter:Role is not set: start the adapter with --role <role>", Assert.Single(error.Failures));
    }

    [Fact]
    public void Should_require_a_command_for_the_command_agent()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Resolve(new() { ["RoleAdapter:Role"] = "qa_ai", ["RoleAdapter:Agent"] = "command" }));

        Assert.Equal("RoleAdapter:Command is not set, but RoleAdapter:Agent is command: name the program to run.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Should_refuse_a_bad_fault_and_a_fault_for_an_unknown_role()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["RoleAdapter:Role"] = "qa_ai",
            ["RoleAdapter:Faults:qa_ai"] = "flake:x",
            ["RoleAdapter:Faults:tester_ai"] = "fail",
        }));

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains("RoleAdapter:Faults:qa_ai: 'flake:x' is not a fault; use one of: none, fail, flake:N", error.Message);
        Assert.Contains("RoleAdapter:Faults:tester_ai names an unknown role.", error.Message);
    }

    [Fact]
    public void Should_accept_the_role_from_the_command_line_switch()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--role", "mlops_ai", "--agent", "external"], RoleAdapterSetup.CommandLineSwitches).Build();

        var options = ResolveFrom(configuration);

        Assert.Equal(("mlops_ai", AgentKind.External), (options.Role, options.Agent));
    }

    private static RoleAdapterOptions Resolve(Dictionary<string, string?> settings) =>
        ResolveFrom(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static RoleAdapterOptions ResolveFrom(IConfiguration configuration)
    {
        using var provider = new ServiceCollection()
            .AddRoleAdapterServices(configuration)
            .BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RoleAdapterOptions>>().Value;
    }
}
