using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestrator.Definitions;

/// <summary>Parses a definition file into its root mapping, reporting syntax errors with their position.</summary>
internal static class YamlFileReader
{
    public static YamlMappingNode? ReadRoot(SourceFile file, ProblemCollector problems)
    {
        var parser = new MarkTrackingParser(new Parser(new StringReader(file.Text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Add(file.At(e.Start), $"YAML syntax error: {Clean(e.Message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            problems.Add(file.At(parser.LastGood), "YAML syntax error after this point: check for an unclosed [ or { or quote");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add(file.Start, "the file is empty: expected a mapping of fields");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(file.At(stream.Documents[1].RootNode), "only one YAML document per file is allowed: remove the second '---'");
        }

        if (stream.Documents[0].RootNode is YamlMappingNode root)
        {
            return root;
        }

        problems.Add(file.At(stream.Documents[0].RootNode), "the file must be a mapping of fields (key: value), not a list or a single value");
        return null;
    }

    // YamlDotNet appends "Line: n, Col: m, Idx: i" ranges; the problem already carries the position.
    private static string Clean(string message)
    {
        var cut = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
