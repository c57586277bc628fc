using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestrator.Definitions;

/// <summary>One definition file: the path shown in problems, and its text.</summary>
internal sealed record SourceFile(string DisplayPath, string Text)
{
    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) =>
        new(DisplayPath, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public SourceLocation Start => new(DisplayPath, 1, 1);
}
