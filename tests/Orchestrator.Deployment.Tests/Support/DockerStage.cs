namespace Orchestrator.Deployment.Tests.Support;

/// <summary>One stage of a multi-stage Dockerfile: its base image and its instructions after FROM.</summary>
public sealed record DockerStage(string BaseImage, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> All(string keyword) =>
        Instructions.Where(instruction => instruction.Keyword == keyword);

    /// <summary>The user the stage ends with; "root" when it never says.</summary>
    public string User => All("USER").LastOrDefault()?.Arguments.Trim() ?? "root";

    /// <summary>The sources copied from the build context (not from another stage), in order.</summary>
    public IReadOnlyList<string> CopiedFromContext =>
        All("COPY").Where(copy => !copy.HasFlag("--from=")).SelectMany(copy => copy.Words.SkipLast(1)).ToList();

    /// <summary>Where a source from the build context lands in the image, or null when the stage does not copy it.</summary>
    public string? DestinationOf(string source)
    {
        var workdir = "/";
        foreach (var instruction in Instructions)
        {
            if (instruction.Keyword == "WORKDIR")
                workdir = Combine(workdir, instruction.Arguments.Trim());
            if (instruction.Keyword == "COPY" && !instruction.HasFlag("--from=") && instruction.Words.SkipLast(1).Contains(source))
                return Combine(workdir, instruction.Words[^1]);
        }
        return null;
    }

    static string Combine(string workdir, string path) =>
        (path.StartsWith('/') ? path : workdir.TrimEnd('/') + "/" + path).TrimEnd('/') is { Length: > 0 } full ? full : "/";
}
