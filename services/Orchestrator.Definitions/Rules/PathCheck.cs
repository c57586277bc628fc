namespace Orchestrator.Definitions;

/// <summary>The check shared by json_path and yaml_path: every place the path leads to must satisfy the comparison.</summary>
internal static class PathCheck
{
    private const int MaxListed = 5;

    public static string? Run(string artifact, DataDocument document, string path, CompareOperator op, string? value)
    {
        if (document.Error is { } error)
        {
            return $"{artifact} {error}";
        }

        var matches = DataPath.TryParse(path, out _)!.Resolve(document.Root);
        if (matches.Count == 0)
        {
            return $"{artifact} has nothing at {path} (an empty list or mapping)";
        }

        var missing = matches.Where(m => m.Node is null).Select(m => m.Path).ToList();
        if (missing.Count > 0)
        {
            return $"{artifact}: {List(missing)} {(missing.Count == 1 ? "does" : "do")} not exist";
        }

        var wrong = matches
            .Select(m => (m.Path, Reason: ScalarComparison.Check(m.Node!, op, value)))
            .Where(m => m.Reason is not null)
            .Select(m => $"{m.Path} {m.Reason}")
            .ToList();
        return wrong.Count == 0 ? null : $"{artifact}: {List(wrong)}";
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= MaxListed
            ? string.Join("; ", items)
            : string.Join("; ", items.Take(MaxListed)) + $" (and {items.Count - MaxListed} more)";
}
