using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Orchestrator.Definitions;

/// <summary>
/// Limits on YAML artifacts, which come from agents: a deeply nested document would overflow
/// the stack of the recursive loaders (an uncatchable crash), and aliases can expand a small
/// document into an enormous one.
/// </summary>
internal static class YamlLimits
{
    public const int MaxDepth = 200;
    public const int MaxNodes = 1_000_000;
    public const string TooManyNodes = "expands to more than 1000000 nodes (through aliases?); gates do not read documents that large";

    /// <summary>Why the text is too deep to load, or null; scans events without recursion.</summary>
    public static string? Exceeded(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return $"nests deeper than {MaxDepth} levels; gates do not read documents that deep";
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
