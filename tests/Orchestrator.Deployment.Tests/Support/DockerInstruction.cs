using System.Text.Json;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>One instruction of a Dockerfile, continuation lines joined: <c>COPY a b</c> is ("COPY", "a b").</summary>
public sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The words of the instruction, leaving out flags such as <c>--from=build</c>.</summary>
    public IReadOnlyList<string> Words =>
        Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !word.StartsWith("--", StringComparison.Ordinal)).ToList();

    public bool HasFlag(string prefix) =>
        Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => word.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The exec form <c>["dotnet", "X.dll"]</c> as a list; empty for the shell form.</summary>
    public IReadOnlyList<string> ExecForm()
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(Arguments) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
