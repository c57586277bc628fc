using Microsoft.Extensions.Options;
using Orchestrator.RoleAdapter.Scripted;

namespace Orchestrator.RoleAdapter;

/// <summary>Checks the settings at start, so a mistyped role or fault stops the adapter with a clear message.</summary>
public sealed class RoleAdapterOptionsValidator : IValidateOptions<RoleAdapterOptions>
{
    public ValidateOptionsResult Validate(string? name, RoleAdapterOptions options)
    {
        var problems = new List<string>();
        var validRoles = string.Join(", ", RoleNames.All);
        if (string.IsNullOrWhiteSpace(options.Role))
            problems.Add($"RoleAdapter:Role is not set: start the adapter with --role <role> (or RoleAdapter__Role). Valid roles: {validRoles}.");
        else if (!RoleNames.IsKnown(options.Role))
            problems.Add($"RoleAdapter:Role '{options.Role}' is not a known role. Valid roles: {validRoles}.");
        if (options.Agent == AgentKind.Command && string.IsNullOrWhiteSpace(options.Command))
            problems.Add("RoleAdapter:Command is not set, but RoleAdapter:Agent is command: name the program to run.");
        if (options.TimeoutSeconds <= 0)
            problems.Add($"RoleAdapter:TimeoutSeconds is {options.TimeoutSeconds}: give the command agent a positive number of seconds.");
        foreach (var (role, spec) in options.Faults)
        {
            if (!RoleNames.IsKnown(role))
                problems.Add($"RoleAdapter:Faults:{role} names an unknown role. Valid roles: {validRoles}.");
            if (!RoleFault.TryParse(spec, out _, out var error))
                problems.Add($"RoleAdapter:Faults:{role}: {error}.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
