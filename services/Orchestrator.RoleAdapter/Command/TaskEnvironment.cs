using System.Diagnostics;
using System.Globalization;
using Orchestrator.Contracts;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Command;

/// <summary>How a task is handed to a program: ORCH_* environment variables, and the task as JSON in ORCH_TASK_JSON.</summary>
internal static class TaskEnvironment
{
    public static ProcessStartInfo StartInfo(RoleAdapterOptions settings, ExecuteRoleTask task, AgentWorkspace workspace)
    {
        var start = new ProcessStartInfo(settings.Command!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // A program that reads stdin gets end-of-file instead of the adapter's own input.
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in settings.Arguments)
            start.ArgumentList.Add(argument);
        var environment = start.Environment;
        environment["ORCH_RUN_ID"] = task.RunId.ToString();
        environment["ORCH_TASK_ID"] = task.TaskId.ToString();
        environment["ORCH_ROLE"] = task.Role;
        environment["ORCH_STATE"] = task.State;
        environment["ORCH_ATTEMPT"] = task.Attempt.ToString(CultureInfo.InvariantCulture);
        environment["ORCH_DEADLINE"] = task.Deadline.ToString("O", CultureInfo.InvariantCulture);
        environment["ORCH_INPUT_DIR"] = workspace.InputDirectory;
        environment["ORCH_OUTPUT_DIR"] = workspace.OutputDirectory;
        environment["ORCH_EXPECTED_OUTPUTS"] = string.Join(',', task.ExpectedOutputs);
        environment["ORCH_TASK_JSON"] = workspace.TaskFile;
        return start;
    }
}
