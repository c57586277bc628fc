using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Orchestrator.Contracts;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Command;

/// <summary>
/// Runs <c>RoleAdapter:Command</c> once per task. The task arrives in ORCH_* environment variables; the program
/// writes its outputs into ORCH_OUTPUT_DIR and exits 0. A non-zero exit, a missing output or a time-out (the whole
/// process tree is killed) fails the task with the tail of the program's output.
/// </summary>
public sealed class CommandAgent(IOptions<RoleAdapterOptions> options, ILogger<CommandAgent> logger) : IRoleAgent
{
    /// <summary>A killed program normally ends at once; this only guards against a child that keeps the pipes open.</summary>
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(5);

    private static readonly JsonSerializerOptions TaskJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<AgentResult> RunAsync(ExecuteRoleTask task, AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var description = Describe(settings);
        Directory.CreateDirectory(workspace.InputDirectory);
        await File.WriteAllTextAsync(workspace.TaskFile, JsonSerializer.Serialize(task, TaskJson), cancellationToken);

        using var process = new Process { StartInfo = TaskEnvironment.StartInfo(settings, task, workspace) };
        var tail = new OutputTail();
        process.OutputDataReceived += (_, e) => tail.Add(e.Data);
        process.ErrorDataReceived += (_, e) => tail.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return AgentResult.Failure($"{description} could not be started: {ex.Message}");
        }
        logger.LogInformation("Run {RunId}: {Role} task {TaskId} runs {Command} as process {ProcessId}",
            task.RunId, task.Role, task.TaskId, description, process.Id);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!await WaitAsync(process, TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            return AgentResult.Failure(
                $"{description} timed out after {settings.TimeoutSeconds} s; its process tree was killed.{tail.Describe()}");
        }
        if (process.ExitCode != 0)
            return AgentResult.Failure($"{description} exited with code {process.ExitCode}.{tail.Describe()}");
        return await CommandOutputs.CollectAsync(task, workspace.OutputDirectory, tail, cancellationToken);
    }

    /// <summary>True when the program ended by itself; false when it was killed (time-out or shutdown).</summary>
    private static async Task<bool> WaitAsync(Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            using var grace = new CancellationTokenSource(ExitGrace);
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // A descendant that escaped the tree still holds the output pipes; the task has failed either way.
            }
            return false;
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the time-out and the kill.
        }
    }

    private static string Describe(RoleAdapterOptions settings) =>
        $"command '{string.Join(' ', [settings.Command, .. settings.Arguments])}'";
}
