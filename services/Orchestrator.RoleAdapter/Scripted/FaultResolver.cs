using Microsoft.Extensions.Options;
using Orchestrator.Contracts;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>
/// Decides which fault a task plays: the run parameter <c>fault.&lt;role&gt;</c> (so one test run can ask for it),
/// else <c>RoleAdapter:Faults:&lt;role&gt;</c>, else none.
/// </summary>
public sealed class FaultResolver(IOptions<RoleAdapterOptions> options)
{
    public const string ParameterPrefix = "fault.";

    /// <summary>The fault, or null with <paramref name="error"/> naming the bad parameter.</summary>
    public RoleFault? Resolve(ExecuteRoleTask task, out string error)
    {
        error = "";
        var key = ParameterPrefix + task.Role;
        if (task.Parameters?.TryGetValue(key, out var fromRun) == true)
        {
            if (RoleFault.TryParse(fromRun, out var fault, out var problem))
                return fault;
            error = $"run parameter {key}: {problem}";
            return null;
        }
        if (options.Value.Faults.TryGetValue(task.Role, out var configured))
        {
            // Configuration was validated at start, so this parse succeeds.
            return RoleFault.TryParse(configured, out var fault, out _) ? fault : RoleFault.None;
        }
        return RoleFault.None;
    }
}
