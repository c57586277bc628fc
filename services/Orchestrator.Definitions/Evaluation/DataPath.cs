using System.Globalization;

namespace Orchestrator.Definitions;

/// <summary>
/// A dotted path such as <c>tasks.*.id</c>: a segment names a mapping key or a list index,
/// and <c>*</c> stands for every item of a list or every value of a mapping.
/// </summary>
internal sealed class DataPath
{
    private readonly string[] segments;

    private DataPath(string text, string[] segments)
    {
        Text = text;
        this.segments = segments;
    }

    public string Text { get; }

    public static DataPath? TryParse(string text, out string? error)
    {
        var segments = text.Split('.');
        if (text.Length == 0 || segments.Any(s => s.Length == 0 || s.Any(char.IsWhiteSpace)))
        {
            error = $"'{text}' is not a dotted path: write segments separated by dots, such as tasks.*.id";
            return null;
        }

        error = null;
        return new DataPath(text, segments);
    }

    /// <summary>Every place the path leads to; missing places are kept so rules can name them.</summary>
    public IReadOnlyList<PathMatch> Resolve(DataNode? root)
    {
        var current = new List<PathMatch> { new("", root) };
        foreach (var segment in segments)
        {
            current = current.SelectMany(match => Step(match, segment)).ToList();
        }

        return current;
    }

    private static IEnumerable<PathMatch> Step(PathMatch match, string segment)
    {
        var here = match.Path.Length == 0 ? "" : match.Path + ".";
        return (match.Node, segment) switch
        {
            (DataMap map, "*") => map.Entries.Select(e => new PathMatch(here + e.Key, e.Value)),
            (DataList list, "*") => list.Items.Select((item, i) => new PathMatch(here + i.ToString(CultureInfo.InvariantCulture), item)),
            (DataMap map, _) => [new PathMatch(here + segment, map.Entries.GetValueOrDefault(segment))],
            (DataList list, _) when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) =>
                [new PathMatch(here + segment, index < list.Items.Count ? list.Items[index] : null)],
            _ => [new PathMatch(here + segment, null)],
        };
    }
}
