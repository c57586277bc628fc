namespace Orchestrator.Deployment.Tests.Support;

/// <summary>A Dockerfile read as its stages; enough of the syntax for the files of this repository.</summary>
public sealed class Dockerfile
{
    Dockerfile(string relativePath, IReadOnlyList<DockerStage> stages)
    {
        RelativePath = relativePath;
        Stages = stages;
    }

    public string RelativePath { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage that becomes the image.</summary>
    public DockerStage Final => Stages[^1];

    public static Dockerfile Load(string relativePath)
    {
        var stages = new List<DockerStage>();
        string? baseImage = null;
        var instructions = new List<DockerInstruction>();
        foreach (var instruction in Instructions(File.ReadAllLines(Repository.PathOf(relativePath))))
        {
            if (instruction.Keyword == "FROM")
            {
                if (baseImage is not null)
                    stages.Add(new DockerStage(baseImage, instructions));
                baseImage = instruction.Words[0];
                instructions = [];
            }
            else
                instructions.Add(instruction);
        }
        if (baseImage is not null)
            stages.Add(new DockerStage(baseImage, instructions));
        return new Dockerfile(relativePath, stages);
    }

    static IEnumerable<DockerInstruction> Instructions(IEnumerable<string> lines)
    {
        var pending = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            // Docker drops comment lines, also in the middle of a continued instruction.
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
                continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var text = (pending + line).Trim();
            pending = "";
            if (text.Length == 0)
                continue;
            var split = text.IndexOf(' ');
            yield return split < 0
                ? new DockerInstruction(text.ToUpperInvariant(), "")
                : new DockerInstruction(text[..split].ToUpperInvariant(), text[(split + 1)..].Trim());
        }
    }
}
