namespace Orchestrator.Definitions;

/// <summary>Suggests the known field a misspelt one was probably meant to be.</summary>
internal static class FieldNameHint
{
    public static string? Closest(string name, IEnumerable<string> known) =>
        known
            .Select(k => (Name: k, Distance: Distance(name, k)))
            .Where(k => k.Distance <= Math.Max(1, k.Name.Length / 4))
            .OrderBy(k => k.Distance)
            .Select(k => k.Name)
            .FirstOrDefault();

    // Levenshtein distance; field names are short, so the full table is cheap.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
