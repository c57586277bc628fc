using System.Text.RegularExpressions;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>The tasks the scripted planner breaks the work into, and how the synthesiser finds them again.</summary>
internal static partial class ScriptedTasks
{
    public static IReadOnlyList<(string Id, string Title)> Default { get; } =
    [
        ("T-1", "Define the order API contract"),
        ("T-2", "Implement order persistence"),
        ("T-3", "Implement the order service endpoints"),
        ("T-4", "Add input validation and error responses"),
        ("T-5", "Write unit and integration tests"),
        ("T-6", "Package the service as a container image"),
    ];

    public static IReadOnlyList<string> DefaultIds { get; } = Default.Select(t => t.Id).ToList();

    /// <summary>The values of the <c>id:</c> keys of a task breakdown, in order.</summary>
    public static IReadOnlyList<string> ReadIds(string taskBreakdownYaml) =>
        IdLine().Matches(taskBreakdownYaml).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToList();

    public static string TitleOf(string id) =>
        Default.FirstOrDefault(t => t.Id == id).Title ?? "Deliver the work of task " + id;

    [GeneratedRegex(@"^\s*(?:-\s+)?id:\s*['""]?(?<id>[^'""\s#]+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
